namespace SovietFilms.Cli;

/// <summary>
/// A table's column: its header; whether its cells are ids or URLs, which must stay whole on one line to be copied;
/// and how readily a narrow terminal leaves it out (0 never; of the others, the highest first).
/// </summary>
internal readonly record struct Column(string Header, bool Whole = false, int Dispensable = 0)
{
    public static implicit operator Column(string header) => new(header);
}
