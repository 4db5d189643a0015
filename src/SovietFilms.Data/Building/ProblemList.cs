using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Building;

/// <summary>Collects every problem of a catalogue so that one build reports them all, not only the first.</summary>
internal sealed class ProblemList
{
    /// <summary>Collecting stops here: past this many, more problems would only bury the first ones.</summary>
    public const int MaxProblems = 200;

    private static readonly CatalogProblem MoreProblems = new(CatalogProblemKind.Bound, "", "(more problems were found; fix these first)");

    private readonly List<CatalogProblem> problems = [];
    private Exception? cause;

    /// <summary>Whether a problem made now would be kept: past the cap, callers need not make its text.</summary>
    public bool Full => problems.Count >= MaxProblems;

    public void Add(CatalogProblem problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
        else
        {
            AddUnkept();
        }
    }

    /// <summary>Records a problem; the first exception that revealed one is kept as the inner exception of the one thrown.</summary>
    public void Add(CatalogProblem problem, Exception? cause)
    {
        this.cause ??= cause;
        Add(problem);
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
            throw new CatalogFormatException(ReadOnly.Copy(problems), cause);
        }
    }
}
