using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SovietFilms.Data;

/// <summary>
/// Writes and reads the library's enums in System.Text.Json by their data names (<see cref="DataNames"/>), such as
/// <c>"coming-of-age"</c> and <c>"television-film"</c>, as values and as dictionary keys. Each enum names it in its
/// <see cref="JsonConverterAttribute"/>, so <see cref="JsonSerializer"/>, ASP.NET Core's results and a
/// source-generated <see cref="JsonSerializerContext"/> of your own (for trimmed and Native AOT apps) all use it
/// without being told.
/// </summary>
/// <remarks>
/// Reading is exact, as <see cref="DataNames"/>' <c>TryParse</c> is: a number or any other spelling is a
/// <see cref="JsonException"/> that lists the names allowed. The model's records have no public constructors, so
/// they are written, not read back; load catalogues with <see cref="FilmCatalog.Load(System.IO.Stream)"/>.
/// </remarks>
public sealed class DataNameJsonConverter : JsonConverterFactory
{
    /// <summary>Whether <paramref name="typeToConvert"/> is one of the library's enums.</summary>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <returns><see langword="true"/> for <see cref="Theme"/>, <see cref="FilmKind"/>, <see cref="ComposerRole"/>,
    /// <see cref="PersonRole"/>, <see cref="FactStatus"/> and <see cref="VerificationStatus"/>.</returns>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(Theme) || typeToConvert == typeof(FilmKind) || typeToConvert == typeof(ComposerRole)
        || typeToConvert == typeof(PersonRole) || typeToConvert == typeof(FactStatus) || typeToConvert == typeof(VerificationStatus);

    /// <summary>The converter of one of the library's enums.</summary>
    /// <param name="typeToConvert">One of the types <see cref="CanConvert"/> accepts.</param>
    /// <param name="options">The serializer's options (not used).</param>
    /// <returns>The enum's converter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="typeToConvert"/> is not one of the library's enums.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Theme) ? new Converter<Theme>(Vocabulary.Themes)
        : typeToConvert == typeof(FilmKind) ? new Converter<FilmKind>(Vocabulary.Kinds)
        : typeToConvert == typeof(ComposerRole) ? new Converter<ComposerRole>(Vocabulary.Roles)
        : typeToConvert == typeof(PersonRole) ? new Converter<PersonRole>(Vocabulary.PersonRoles)
        : typeToConvert == typeof(FactStatus) ? new Converter<FactStatus>(Vocabulary.FactStatuses)
        : typeToConvert == typeof(VerificationStatus) ? new Converter<VerificationStatus>(Vocabulary.Verifications)
        : throw new ArgumentOutOfRangeException(nameof(typeToConvert), typeToConvert, "Not one of the library's enums.");

    private sealed class Converter<TEnum>(Vocabulary<TEnum> vocabulary) : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()!)
            : throw new JsonException($"Expected a {typeof(TEnum).Name} as a string, one of: {vocabulary}; found a JSON {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(Format(value));

        private TEnum Parse(string name) =>
            vocabulary.TryParse(name, out var value) ? value
            : throw new JsonException($"\"{name}\" is not a {typeof(TEnum).Name}; expected one of: {vocabulary}.");

        private string Format(TEnum value) =>
            Enums.IsDefined(value) ? vocabulary.Format(value)
            : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}, so it has no data name.");
    }
}
