namespace SovietFilms.Data;

/// <summary>How a <see cref="SearchHit"/> matched the searched text, from the strongest kind of match to the weakest.</summary>
public enum SearchMatch
{
    /// <summary>The text is the id, the name or title, the native name or original title, or a composer's surname.</summary>
    Exact,

    /// <summary>The text is a composer's alias or a film's alternate title.</summary>
    Alias,

    /// <summary>A name or title, or one of its words, starts with the text (three characters at least).</summary>
    Prefix,

    /// <summary>A name or title contains the text (three characters at least).</summary>
    Substring,

    /// <summary>The text is a few typing errors away from a name, a title or one of its words (five characters at least).</summary>
    NearMiss,
}
