using System.Globalization;
using System.Text;

namespace SovietFilms.Data.Building;

/// <summary>
/// Where an entry came from, so a problem found in it by the builder is placed the way its source would place it:
/// a JSON path, a CSV row and column, or the entry's position in the builder. Front ends give one per entry.
/// </summary>
internal abstract class EntryOrigin
{
    /// <summary>Makes the problem at <paramref name="at"/> within an entry of <paramref name="kind"/> whose id is <paramref name="id"/> (if well formed).</summary>
    public abstract CatalogProblem Problem(CatalogProblemKind problem, CatalogEntryKind? kind, string? id, in FieldPlace at, string message);

    /// <summary>The label of an entry in a place, such as <c> (film "tchaikovsky-1970")</c>.</summary>
    public static string Label(CatalogEntryKind? kind, string? id) =>
        kind is null || id is null ? "" : $" ({Name(kind.Value)} \"{id}\")";

    public static string Name(CatalogEntryKind kind) => kind switch
    {
        CatalogEntryKind.Composer => "composer",
        CatalogEntryKind.Work => "work",
        CatalogEntryKind.Film => "film",
        CatalogEntryKind.Person => "person",
        CatalogEntryKind.Studio => "studio",
        _ => "selection",
    };

    /// <summary>The name of the catalogue's list of entries of a kind, as the JSON format names it: <c>films</c>, <c>people</c>.</summary>
    public static string ListName(CatalogEntryKind kind) => kind == CatalogEntryKind.Person ? "people" : Name(kind) + "s";
}

/// <summary>
/// A place inside an entry: a field, an item of its list, a field of that item and an item of that field's list
/// (<c>facts[1].sources[0]</c>); each part is absent where the place stops.
/// </summary>
internal readonly struct FieldPlace(string? field, int item = -1, string? subField = null, int subItem = -1)
{
    public static readonly FieldPlace Entry;

    public string? Field { get; } = field;

    public int Item { get; } = item;

    public string? SubField { get; } = subField;

    public int SubItem { get; } = subItem;

    /// <summary>The place as a JSON path relative to its entry: <c>.facts[1].sources[0]</c>.</summary>
    public string JsonPath()
    {
        if (Field is null)
        {
            return "";
        }

        var path = new StringBuilder().Append('.').Append(Field);
        if (Item >= 0)
        {
            path.Append('[').Append(Item.ToString(CultureInfo.InvariantCulture)).Append(']');
            if (SubField is not null)
            {
                path.Append('.').Append(SubField);
                if (SubItem >= 0)
                {
                    path.Append('[').Append(SubItem.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
        }

        return path.ToString();
    }
}

/// <summary>An entry of a JSON file: its place is its path, <c>$.films[3] (film "x").year</c>.</summary>
internal sealed class JsonOrigin(string entryPath) : EntryOrigin
{
    public static JsonOrigin Root { get; } = new("$");

    public static JsonOrigin Of(CatalogEntryKind kind, int index) =>
        new($"$.{ListName(kind)}[{index.ToString(CultureInfo.InvariantCulture)}]");

    public override CatalogProblem Problem(CatalogProblemKind problem, CatalogEntryKind? kind, string? id, in FieldPlace at, string message)
    {
        var relative = at.JsonPath();
        return new CatalogProblem(problem, entryPath + Label(kind, id) + relative, message)
        {
            Path = entryPath + relative,
            EntryKind = kind,
            EntryId = id,
            Field = at.Field,
        };
    }
}

/// <summary>An entry added to a <see cref="FilmCatalogBuilder"/> in code: its place is its position there, <c>films[3] (film "x").year</c>.</summary>
internal sealed class CodeOrigin(string entryPlace) : EntryOrigin
{
    public static CodeOrigin Root { get; } = new("");

    public static CodeOrigin Of(CatalogEntryKind kind, int index) =>
        new($"{ListName(kind)}[{index.ToString(CultureInfo.InvariantCulture)}]");

    public override CatalogProblem Problem(CatalogProblemKind problem, CatalogEntryKind? kind, string? id, in FieldPlace at, string message)
    {
        var relative = at.JsonPath();
        var place = entryPlace + Label(kind, id) + relative;
        return new CatalogProblem(problem, place.Length > 0 && place[0] == '.' ? place.Substring(1) : place, message)
        {
            EntryKind = kind,
            EntryId = id,
            Field = at.Field,
        };
    }
}
