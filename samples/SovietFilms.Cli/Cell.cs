namespace SovietFilms.Cli;

/// <summary>Text for a table or card, with a colour that only a decorated report uses.</summary>
internal readonly record struct Cell(string Text, string? Colour = null)
{
    public static implicit operator Cell(string text) => new(text);
}
