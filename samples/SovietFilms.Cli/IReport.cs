using System.Collections.Generic;

namespace SovietFilms.Cli;

/// <summary>What the human-readable commands print, rendered decorated (<see cref="SpectreReport"/>) or plain (<see cref="PlainReport"/>).</summary>
internal interface IReport
{
    void Heading(string text);

    void Paragraph(string text);

    void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows);

    /// <summary>Labelled values, such as a film card; a value may span several lines.</summary>
    void Fields(IEnumerable<(string Label, Cell Value)> fields);

    void Bars(string title, IEnumerable<(string Label, int Value)> bars);
}
