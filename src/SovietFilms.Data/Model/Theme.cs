namespace SovietFilms.Data;

/// <summary>
/// What a film is about, from a closed, documented vocabulary. In the data file each value is written
/// in kebab-case (<c>coming-of-age</c> for <see cref="ComingOfAge"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum Theme
{
    /// <summary>The life of a real composer or performer.</summary>
    Biography,

    /// <summary>A screen version of an opera, or opera at its heart.</summary>
    Opera,

    /// <summary>A screen version of an operetta or musical comedy stage work.</summary>
    Operetta,

    /// <summary>A screen version of a ballet, or ballet at its heart.</summary>
    Ballet,

    /// <summary>A film built around stage performances: a concert or anthology film.</summary>
    Concert,

    /// <summary>Rivalry or envy between musicians.</summary>
    Rivalry,

    /// <summary>The pursuit of virtuosity: practice, teachers, competitions.</summary>
    Mastery,

    /// <summary>A young musician finding a place in the world.</summary>
    ComingOfAge,

    /// <summary>The life of an orchestra, band, choir or company.</summary>
    EnsembleLife,

    /// <summary>A light-hearted or comic treatment.</summary>
    Comedy,

    /// <summary>A second chance, a return after disgrace.</summary>
    Redemption,

    /// <summary>A love story at the centre.</summary>
    Romance,

    /// <summary>A period drama in which music plays a part.</summary>
    HistoricalDrama,

    /// <summary>An instrument, tradition or legacy passed down.</summary>
    Heritage,

    /// <summary>Artistic integrity against pressure, censorship or the system.</summary>
    ArtisticFreedom,

    /// <summary>Illness, deafness, war or poverty confronted.</summary>
    Adversity,

    /// <summary>Based on a literary work.</summary>
    LiteraryAdaptation,
}
