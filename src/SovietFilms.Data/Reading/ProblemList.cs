using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Reading;

/// <summary>Collects every problem of a catalogue so that one load reports them all, not only the first.</summary>
internal sealed class ProblemList
{
    /// <summary>Loading stops collecting here: past this many, more messages would only bury the first ones.</summary>
    public const int MaxProblems = 200;

    private const string MoreProblems = "(more problems were found; fix these first)";

    private readonly List<string> problems = [];
    private Exception? cause;

    public void Add(string place, string message)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add($"{place}: {message}");
        }
        else if (problems.Count == MaxProblems)
        {
            problems.Add(MoreProblems);
        }
    }

    /// <summary>Records a problem; the first exception that revealed one is kept as the inner exception of the one thrown.</summary>
    public void Add(string place, string message, Exception? cause)
    {
        this.cause ??= cause;
        Add(place, message);
    }

    /// <summary>Notes problems found past the reporting limit, whose text was never made.</summary>
    public void AddUnkept()
    {
        if (problems.Count == MaxProblems)
        {
            problems.Add(MoreProblems);
        }
    }

    /// <summary>Forgets every problem recorded, for one that makes them moot (the text is not JSON at all).</summary>
    public void Clear()
    {
        problems.Clear();
        cause = null;
    }

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new CatalogFormatException(problems, cause);
        }
    }
}
