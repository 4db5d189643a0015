using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The kinds of page of <c>data/source-hosts.json</c>, and who publishes a page: the source policy of data/README.md
/// as data a test reads.
/// </summary>
internal sealed class SourceHosts
{
    /// <summary>Kinds of page that may never be cited.</summary>
    public static readonly string[] Forbidden = ["mirror", "proxy", "video-embed", "seo-spam", "piracy"];

    /// <summary>Kinds of page that are a source of record: a film needs one.</summary>
    public static readonly string[] OfRecord = ["database", "encyclopedia", "archive", "book"];

    /// <summary>The kind of a host listed nowhere: press, blogs, shops and other pages.</summary>
    public const string Other = "other";

    // Second-level labels under which a country's domain names are registered (compi.com.ua, bbc.co.uk).
    private static readonly HashSet<string> SecondLevel = new(StringComparer.Ordinal) { "ac", "co", "com", "edu", "gob", "gov", "in", "net", "org" };

    private readonly Dictionary<string, string> _kindOfHost;

    private SourceHosts(Dictionary<string, string> kindOfHost, IReadOnlyList<string> kinds)
    {
        _kindOfHost = kindOfHost;
        Kinds = kinds;
    }

    public static SourceHosts Repository { get; } = Read(RepositoryFiles.Read("data/source-hosts.json"));

    /// <summary>Every kind the file defines, in its order.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public static SourceHosts Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var kinds = document.RootElement.GetProperty("kinds").EnumerateObject().Select(p => p.Name).ToList();
        var kindOfHost = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in document.RootElement.GetProperty("hosts").EnumerateObject())
        {
            if (!kinds.Contains(kind.Name))
            {
                throw new InvalidOperationException($"source-hosts.json lists hosts of the undefined kind \"{kind.Name}\".");
            }

            foreach (var host in kind.Value.EnumerateArray().Select(h => Bare(h.GetString()!)))
            {
                // A host met as forbidden and as an aggregator (nmovie.ru) is forbidden: the stricter kind decides.
                if (!kindOfHost.TryGetValue(host, out var known) || (Forbidden.Contains(kind.Name) && !Forbidden.Contains(known)))
                {
                    kindOfHost[host] = kind.Name;
                }
            }
        }

        return new SourceHosts(kindOfHost, kinds);
    }

    /// <summary>The kind of the page at <paramref name="url"/>: its host's, or its nearest listed parent domain's.</summary>
    public string KindOf(Uri url) => Listed(Bare(url.Host)) is { } listed ? _kindOfHost[listed] : Other;

    /// <summary>
    /// Who publishes the page: the listed domain it falls under (every Wikipedia is wikipedia.org), else its
    /// registrable domain. Two pages of one publisher are one source.
    /// </summary>
    public string PublisherOf(Uri url)
    {
        var host = Bare(url.Host);
        if (Listed(host) is { } listed && listed.Count(c => c == '.') <= 1)
        {
            return listed;
        }

        var labels = host.Split('.');
        var take = labels.Length >= 3 && labels[^1].Length == 2 && SecondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels.Skip(Math.Max(0, labels.Length - take)));
    }

    public bool IsOfRecord(Uri url) => OfRecord.Contains(KindOf(url));

    private string? Listed(string host)
    {
        for (var at = 0; at >= 0; at = host.IndexOf('.', at) is var dot and >= 0 ? dot + 1 : -1)
        {
            if (_kindOfHost.ContainsKey(host[at..]))
            {
                return host[at..];
            }
        }

        return null;
    }

    private static string Bare(string host)
    {
        host = host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
