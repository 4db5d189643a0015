using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SovietFilms.Cli;

/// <summary>
/// Colour and box drawing for a terminal of <paramref name="width"/> columns, with Spectre.Console. All catalogue
/// text is escaped, never read as markup. Spectre wraps text to fit, so a table that cannot fit with every id and URL
/// whole on one line, or a card's field that cannot, is written by <paramref name="fallback"/>, the plain layout, instead.
/// </summary>
internal sealed class SpectreReport(IAnsiConsole console, int width, IReport fallback) : IReport
{
    // A panel's border and padding either side, and the gap after its label column.
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

    /// <summary>The fields in a panel; after it, plainly, any with an id or URL too long for the panel's value column, such as the sources.</summary>
    public void Fields(IEnumerable<(string Label, Cell Value)> fields)
    {
        var list = fields.ToList();
        var valueWidth = width - PanelFrame - list.Max(f => f.Label.GetCellWidth()) - LabelGap;
        var fit = list.ToLookup(f => f.Value.Text.Split([' ', '\n']).All(word => word.GetCellWidth() <= valueWidth));
        if (fit[true].Any())
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(0, 0, LabelGap, 0)).AddColumn(new GridColumn().Padding(0, 0, 0, 0));
            foreach (var (label, value) in fit[true])
            {
                grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), Render(value));
            }

            console.Write(new Panel(grid).Border(BoxBorder.Rounded).Padding(1, 0, 1, 0).Expand());
            console.WriteLine();
        }

        if (fit[false].Any())
        {
            fallback.Fields(fit[false]);
        }
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
