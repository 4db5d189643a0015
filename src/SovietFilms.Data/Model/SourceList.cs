using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SovietFilms.Data;

/// <summary>
/// Source URLs kept as their text and made into <see cref="Uri"/> objects when read. A catalogue holds hundreds of
/// sources that most programs never look at, and a parsed <see cref="Uri"/> costs several times its text in memory;
/// every URL was checked when the catalogue was read, by a check that accepts only what <see cref="Uri"/> accepts.
/// </summary>
internal static class SourceList
{
    public static IReadOnlyList<Uri> Of(IReadOnlyList<string> urls) =>
        urls.Count == 0 ? ReadOnly.Empty<Uri>() : new ReadOnlyCollection<Uri>(new Urls([.. urls]));

    /// <summary>A read-only list view; <see cref="ReadOnlyCollection{T}"/> wraps it so no caller can reach it.</summary>
    private sealed class Urls(string[] urls) : IList<Uri>
    {
        public int Count => urls.Length;

        public bool IsReadOnly => true;

        public Uri this[int index]
        {
            get => new(urls[index], UriKind.Absolute);
            set => throw new NotSupportedException("The list is read-only.");
        }

        public int IndexOf(Uri item) => item is null ? -1 : Array.IndexOf(urls, item.OriginalString);

        public bool Contains(Uri item) => IndexOf(item) >= 0;

        public void CopyTo(Uri[] array, int arrayIndex)
        {
            for (var i = 0; i < urls.Length; i++)
            {
                array[arrayIndex + i] = this[i];
            }
        }

        public IEnumerator<Uri> GetEnumerator()
        {
            for (var i = 0; i < urls.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(Uri item) => throw new NotSupportedException("The list is read-only.");

        public void Clear() => throw new NotSupportedException("The list is read-only.");

        public void Insert(int index, Uri item) => throw new NotSupportedException("The list is read-only.");

        public bool Remove(Uri item) => throw new NotSupportedException("The list is read-only.");

        public void RemoveAt(int index) => throw new NotSupportedException("The list is read-only.");
    }
}
