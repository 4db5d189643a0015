namespace SovietFilms.Data;

/// <summary>How a composer takes part in a film. In the data file: <c>subject</c>, <c>music</c>, <c>score</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum ComposerRole
{
    /// <summary>The film is about this composer's life.</summary>
    Subject,

    /// <summary>The composer's existing music is performed or filmed: the opera, the ballet, the works.</summary>
    Music,

    /// <summary>The composer wrote or arranged the film's own music.</summary>
    Score,
}
