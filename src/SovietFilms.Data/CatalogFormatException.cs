using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds a <see langword="null"/> or blank item.</exception>
    public CatalogFormatException(IEnumerable<string> problems)
        : this(problems, innerException: null)
    {
    }

    /// <summary>Creates an exception that reports the given problems and keeps the error that caused the first one.</summary>
    /// <param name="problems">Each problem as "place: what is wrong"; at least one.</param>
    /// <param name="innerException">The error that revealed a problem, such as the JSON parser's; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds a <see langword="null"/> or blank item.</exception>
    public CatalogFormatException(IEnumerable<string> problems, Exception? innerException)
        : this(Checked(problems), innerException)
    {
    }

    private CatalogFormatException(IReadOnlyList<string> problems, Exception? innerException)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order, each as "place: what is wrong".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static IReadOnlyList<string> Checked(IEnumerable<string> problems)
    {
        var list = ReadOnly.Copy(problems ?? throw new ArgumentNullException(nameof(problems)));
        if (list.Count == 0 || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Expected at least one problem, and no null or blank ones.", nameof(problems));
        }

        return list;
    }

    private static string Describe(IReadOnlyList<string> problems)
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
