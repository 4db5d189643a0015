using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>Source URLs made into <see cref="Uri"/> objects once, when the model is built from checked entries.</summary>
internal static class Urls
{
    public static IReadOnlyList<Uri> Of(IReadOnlyList<string> urls)
    {
        var uris = new Uri[urls.Count];
        for (var i = 0; i < uris.Length; i++)
        {
            uris[i] = new Uri(urls[i], UriKind.Absolute);
        }

        return ReadOnly.Wrap(uris);
    }
}
