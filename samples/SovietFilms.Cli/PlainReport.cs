using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SovietFilms.Cli;

/// <summary>Plain, stable text for pipes, files and NO_COLOR: no escape codes, no box drawing, no wrapping.</summary>
internal sealed class PlainReport(TextWriter output) : IReport
{
    private const int BarWidth = 40;

    public void Heading(string text)
    {
        output.WriteLine(text);
        output.WriteLine(new string('=', text.Length));
        output.WriteLine();
    }

    public void Paragraph(string text)
    {
        output.WriteLine(text);
        output.WriteLine();
    }

    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var headers = columns.Select(c => c.Header).ToArray();
        var cells = rows.Select(r => r.Select(c => c.Text).ToArray()).ToList();
        var widths = headers.Select((h, i) => cells.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(headers, widths);
        WriteRow(widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in cells)
        {
            WriteRow(row, widths);
        }

        output.WriteLine();
    }

    public void Fields(IEnumerable<(string Label, Cell Value)> fields)
    {
        var list = fields.ToList();
        var width = list.Max(f => f.Label.Length) + 2;
        foreach (var (label, value) in list)
        {
            var lines = value.Text.Split('\n');
            output.WriteLine((label + ":").PadRight(width) + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', width) + line);
            }
        }

        output.WriteLine();
    }

    public void Bars(string title, IEnumerable<(string Label, int Value)> bars)
    {
        var list = bars.ToList();
        output.WriteLine(title);
        var labelWidth = list.Max(b => b.Label.Length);
        var max = Math.Max(1, list.Max(b => b.Value));
        foreach (var (label, value) in list)
        {
            var length = (int)Math.Round((double)value / max * BarWidth);
            output.WriteLine($"  {label.PadRight(labelWidth)}  {new string('#', length)}{(length > 0 ? " " : "")}{value}");
        }

        output.WriteLine();
    }

    private void WriteRow(IReadOnlyList<string> cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
