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
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T> items) =>
        items.Any() ? new ReadOnlyCollection<T>(items.ToArray()) : Empty<T>.Instance;

    /// <summary>Wraps without copying: only for lists nothing else holds.</summary>
    public static IReadOnlyList<T> Wrap<T>(IList<T> items) =>
        items.Count > 0 ? new ReadOnlyCollection<T>(items) : Empty<T>.Instance;

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>([]);
    }
}
