using System;
using System.Collections.Generic;
using System.Threading;

namespace SovietFilms.Data;

/// <summary>
/// Source URLs made into <see cref="Uri"/> objects on first use, once per list: a program that never reads a source
/// never pays for them, and the first <see cref="Uri"/> of a process is costly (it loads System.Private.Uri and its
/// tables: about 18 ms on the 2-core machine of docs/PERFORMANCE.md).
/// </summary>
internal static class Urls
{
    /// <summary>The URIs of <paramref name="urls"/>, made once into <paramref name="made"/>.</summary>
    public static IReadOnlyList<Uri> Once(ref IReadOnlyList<Uri>? made, IReadOnlyList<string> urls) =>
        Model.Once(ref made, urls, static list =>
        {
            var uris = new Uri[list.Count];
            for (var i = 0; i < uris.Length; i++)
            {
                uris[i] = new Uri(list[i], UriKind.Absolute);
            }

            return ReadOnly.Wrap(uris);
        });
}

/// <summary>Values of the model made on first use rather than at load.</summary>
internal static class Model
{
    /// <summary>The value in <paramref name="made"/>, made from <paramref name="from"/> on first use; racing threads all get the one published.</summary>
    public static T Once<T, TFrom>(ref T? made, TFrom from, Func<TFrom, T> make)
        where T : class =>
        Volatile.Read(ref made) ?? Interlocked.CompareExchange(ref made, make(from), null) ?? made!;
}
