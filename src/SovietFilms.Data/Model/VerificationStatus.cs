namespace SovietFilms.Data;

/// <summary>How far sources confirm that a film exists as the catalogue describes it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum VerificationStatus
{
    /// <summary>The film exists; its metadata comes from the cited sources.</summary>
    Verified,

    /// <summary>
    /// The film exists, but the curator's selection described it with errors; the errors are kept as
    /// <see cref="FactStatus.Refuted"/> or <see cref="FactStatus.PartlyTrue"/> facts.
    /// </summary>
    Corrected,

    /// <summary>
    /// No matching film was found. The entry is kept only because the curator's selection lists it;
    /// <see cref="Film.VerificationNote"/> names the likely confusions. It carries no invented metadata.
    /// </summary>
    Unconfirmed,
}
