using System;
using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data;

/// <summary>
/// Thrown when a catalogue cannot be loaded: it is not valid JSON, or its content breaks the format's rules.
/// The message lists every problem found, each with its place (a JSON path with the film or composer id,
/// or a line and byte position for a syntax error) and what was expected.
/// </summary>
/// <remarks>When this exception is thrown, no catalogue is created: there is nothing half-loaded to clean up.</remarks>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates an exception that reports the given problems.</summary>
    /// <param name="problems">Each problem as "place: what is wrong"; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CatalogFormatException(IEnumerable<string> problems)
        : this(ReadOnly.Copy(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
    }

    private CatalogFormatException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order, each as "place: what is wrong".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        var message = new StringBuilder("The film catalogue is not valid (")
            .Append(problems.Count)
            .Append(problems.Count == 1 ? " problem):" : " problems):");
        foreach (var problem in problems)
        {
            message.AppendLine().Append("  - ").Append(problem);
        }

        return message.ToString();
    }
}
