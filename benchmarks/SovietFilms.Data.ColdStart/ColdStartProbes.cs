using System;
using System.Reflection;

namespace SovietFilms.Data.ColdStart;

/// <summary>
/// The first uses that the cold-start tool and <c>ColdStartBenchmarks</c> measure, each library's beside the read of
/// its own embedded data; one file, compiled into both.
/// </summary>
internal static class ColdStartProbes
{
    // The library compiles its catalogue into its image, as constant data read in place; the resource beside this
    // probe holds the same catalogue as JSON, read as any other library's embedded data is.
    public static int ReadSovietFilmsData() => Read(typeof(ColdStartProbes).Assembly, "catalog.json");

    public static int SovietFilmsDataFirstQuery() => FilmCatalog.Default.Query().WithComposer("Tchaikovsky").ToList().Count;

    public static int ReadNodaTime() => Read(typeof(NodaTime.DateTimeZoneProviders).Assembly, "NodaTime.TimeZones.Tzdb.nzd");

    public static int NodaTimeFirstZoneAndConversion() =>
        NodaTime.Instant.FromUnixTimeSeconds(0).InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Moscow"]).Hour;

    public static int ReadPhoneNumbers() => Read(typeof(PhoneNumbers.PhoneNumberUtil).Assembly, "PhoneNumbers.metadata.PhoneNumberMetadata_RU");

    public static int PhoneNumbersFirstParse() => PhoneNumbers.PhoneNumberUtil.GetInstance().Parse("+7 495 123-45-67", null).CountryCode;

    public static int ReadTimeZoneConverter() => Read(typeof(TimeZoneConverter.TZConvert).Assembly, "TimeZoneConverter.Data.TimeZoneData.zip");

    public static int TimeZoneConverterFirstConversion() => TimeZoneConverter.TZConvert.IanaToWindows("Europe/Moscow").Length;

    private static int Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.Length;
    }
}
