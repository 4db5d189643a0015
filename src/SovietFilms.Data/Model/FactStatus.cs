namespace SovietFilms.Data;

/// <summary>What sources say about a claim.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum FactStatus
{
    /// <summary>Sources confirm the claim.</summary>
    Confirmed,

    /// <summary>Part of the claim holds; <see cref="FilmFact.Note"/> says which part.</summary>
    PartlyTrue,

    /// <summary>Sources contradict the claim.</summary>
    Refuted,

    /// <summary>No source was found that confirms or contradicts the claim.</summary>
    Unconfirmed,
}
