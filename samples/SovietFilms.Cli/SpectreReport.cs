using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SovietFilms.Cli;

/// <summary>Colour and box drawing for a terminal, with Spectre.Console. All catalogue text is escaped, never read as markup.</summary>
internal sealed class SpectreReport(IAnsiConsole console, int width) : IReport
{
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

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.Width = width;
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(header)}[/]"));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Render).ToArray());
        }

        console.Write(table);
        console.WriteLine();
    }

    public void Fields(IEnumerable<(string Label, Cell Value)> fields)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.Width = width;
        foreach (var (label, value) in fields)
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
