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
    /// <summary>The URIs of <paramref name="urls"/>, made once into <paramref name="made"/>; racing threads all get the one published.</summary>
    public static IReadOnlyList<Uri> Once(ref IReadOnlyList<Uri>? made, IReadOnlyList<string> urls) =>
        Volatile.Read(ref made) ?? Interlocked.CompareExchange(ref made, Of(urls), null) ?? made!;

    private static IReadOnlyList<Uri> Of(IReadOnlyList<string> urls)
    {
        var uris = new Uri[urls.Count];
        for (var i = 0; i < uris.Length; i++)
        {
            uris[i] = new Uri(urls[i], UriKind.Absolute);
        }

        return ReadOnly.Wrap(uris);
    }
}
