namespace SovietFilms.Data;

/// <summary>The form of a film. In the data file: <c>feature</c>, <c>television-film</c>, <c>mini-series</c>, <c>short</c>, <c>animated</c>, <c>documentary</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum FilmKind
{
    /// <summary>A feature film made for cinemas.</summary>
    Feature,

    /// <summary>A single film made for television.</summary>
    TelevisionFilm,

    /// <summary>A television film in several parts.</summary>
    MiniSeries,

    /// <summary>A live-action film of 40 minutes or less.</summary>
    Short,

    /// <summary>An animated film, of any length.</summary>
    Animated,

    /// <summary>A documentary film.</summary>
    Documentary,
}
