using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SovietFilms.Data;

/// <summary>
/// Wraps copies of lists so that callers cannot change them, not even by casting:
/// a <see cref="ReadOnlyCollection{T}"/> is neither an array nor a <see cref="List{T}"/>, and its
/// <see cref="IList{T}"/> members throw.
/// </summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T> items)
    {
        var copy = items.ToArray();
        return copy.Length > 0 ? new ReadOnlyCollection<T>(copy) : EmptyList<T>.Instance;
    }

    /// <summary>A copy of a list given to a public member, refused when it or an item is null.</summary>
    public static IReadOnlyList<T> CopyOf<T>(IEnumerable<T>? items, string parameterName)
    {
        var copy = Copy(items ?? throw new ArgumentNullException(parameterName));
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new ArgumentNullException(parameterName, "The list holds null.");
            }
        }

        return copy;
    }

    public static IReadOnlyList<T> Empty<T>() => EmptyList<T>.Instance;

    /// <summary>Wraps without copying: only for lists no caller can reach, so nothing can change them.</summary>
    public static IReadOnlyList<T> Wrap<T>(IList<T> items) =>
        items.Count > 0 ? new ReadOnlyCollection<T>(items) : EmptyList<T>.Instance;

    private static class EmptyList<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>([]);
    }
}
