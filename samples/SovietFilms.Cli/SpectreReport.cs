using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SovietFilms.Cli;

/// <summary>
/// Colour and box drawing for a terminal of <paramref name="width"/> columns, with Spectre.Console. All catalogue
/// text is escaped, never read as markup. Spectre wraps text to fit, so a table or card that cannot fit with every
/// id and URL whole on one line is written by <paramref name="fallback"/>, the plain layout, instead.
/// </summary>
internal sealed class SpectreReport(IAnsiConsole console, int width, IReport fallback) : IReport
{
    // A panel's border and padding either side, and the gap after a grid's label column.
    private const int PanelFrame = 4;
    private const int LabelGap = 2;

    public void Heading(string text)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());
        console.WriteLine();
    }

    public void Paragraph(string text)
    {
        console.Write(new Paragraph(text));
        console.WriteLine();
        console.WriteLine();
    }

    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var cells = rows.ToList();
        if (TableLayout.Fit(columns, cells, width) is not { } layout)
        {
            fallback.Table(columns, cells);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.Width = width;
        foreach (var (column, columnWidth) in layout)
        {
            var tableColumn = new TableColumn($"[bold]{Markup.Escape(columns[column].Header)}[/]") { Width = columnWidth, NoWrap = columns[column].Whole };
            table.AddColumn(tableColumn);
        }

        foreach (var row in cells)
        {
            table.AddRow(layout.Select(c => Render(row[c.Column])).ToArray());
        }

        console.Write(table);
        console.WriteLine();
    }

    public void Fields(IEnumerable<(string Label, Cell Value)> fields)
    {
        var list = fields.ToList();
        var valueWidth = width - PanelFrame - list.Max(f => f.Label.GetCellWidth()) - LabelGap;
        if (list.SelectMany(f => f.Value.Text.Split([' ', '\n'])).Any(word => word.GetCellWidth() > valueWidth))
        {
            fallback.Fields(list);
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.Width = width;
        foreach (var (label, value) in list)
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), Render(value));
        }

        console.Write(new Panel(grid).Border(BoxBorder.Rounded));
        console.WriteLine();
    }

    public void Bars(string title, IEnumerable<(string Label, int Value)> bars)
    {
        var chart = new BarChart().Label($"[bold]{Markup.Escape(title)}[/]").LeftAlignLabel();
        chart.Width = width;
        foreach (var (label, value) in bars)
        {
            chart.AddItem(Markup.Escape(label), value, Color.SteelBlue1);
        }

        console.Write(chart);
        console.WriteLine();
    }

    private static IRenderable Render(Cell cell) =>
        cell.Colour is { } colour ? new Markup($"[{colour}]{Markup.Escape(cell.Text)}[/]") : new Text(cell.Text);
}
