namespace SovietFilms.Data;

/// <summary>
/// How a person takes part in a film. In the data file: <c>director</c>, <c>actor</c>, <c>singer</c>,
/// <c>singing-voice</c>, <c>voice</c>, <c>dancer</c>, <c>choreographer</c>, <c>conductor</c>, <c>soloist</c>, <c>narrator</c>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataNameJsonConverter))]
public enum PersonRole
{
    /// <summary>Directed the film.</summary>
    Director,

    /// <summary>Plays a part on screen (singing it too, unless a <see cref="SingingVoice"/> credit says who sang it).</summary>
    Actor,

    /// <summary>Sings on screen: an opera singer in a part, or in a concert.</summary>
    Singer,

    /// <summary>Sings a part for another performer, who is seen on screen; the credit says for whom.</summary>
    SingingVoice,

    /// <summary>Speaks a part off screen: an animated character, a narrator's part in the story, or the speaking voice of another performer.</summary>
    Voice,

    /// <summary>Dances on screen.</summary>
    Dancer,

    /// <summary>Made the choreography filmed.</summary>
    Choreographer,

    /// <summary>Conducts the music performed.</summary>
    Conductor,

    /// <summary>Plays an instrument as a soloist, on screen or for another performer seen playing (the credit says for whom).</summary>
    Soloist,

    /// <summary>Narrates the film, off screen and in no part.</summary>
    Narrator,
}
