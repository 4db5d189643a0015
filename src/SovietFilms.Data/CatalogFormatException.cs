using System;
using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data;

/// <summary>
/// Thrown when a catalogue cannot be built: its text is not valid JSON or CSV, or its content breaks the format's
/// rules. <see cref="Problems"/> lists every problem found, each with its place and kind; the message lists them as text.
/// </summary>
/// <remarks>When this exception is thrown, no catalogue is created: there is nothing half-loaded to clean up.</remarks>
public sealed class CatalogFormatException : Exception
{
    internal CatalogFormatException(IReadOnlyList<CatalogProblem> problems, Exception? innerException)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, at most 200 and then one of kind <see cref="CatalogProblemKind.Bound"/> that says there were more.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    private static string Describe(IReadOnlyList<CatalogProblem> problems)
    {
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
