using System.Collections.Generic;

namespace SovietFilms.Data.Reading;

/// <summary>Collects every problem of a catalogue so that one load reports them all, not only the first.</summary>
internal sealed class ProblemList
{
    /// <summary>Loading stops collecting here: past this many, more messages would only bury the first ones.</summary>
    private const int MaxProblems = 200;

    private readonly List<string> problems = [];

    public int Count => problems.Count;

    public void Add(string place, string message)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add($"{place}: {message}");
        }
        else if (problems.Count == MaxProblems)
        {
            problems.Add("(more problems were found; fix these first)");
        }
    }

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new CatalogFormatException(problems);
        }
    }
}
