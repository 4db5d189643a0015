namespace SovietFilms.Data;

/// <summary>A composer whose life, music or score is part of a film in the catalogue: a <see cref="Person"/> with composer credits. Immutable and thread-safe.</summary>
public sealed class Composer : Person
{
    /// <summary>Makes the composer of a checked entry.</summary>
    internal Composer(ComposerEntry entry)
        : base(entry._id!, entry._name!, entry._nativeName, entry._aliases, entry._born, entry._died, entry._sources)
    {
        Entry = entry;
    }

    /// <summary>The checked entry this composer was made from; what the writers write.</summary>
    internal ComposerEntry Entry { get; }
}
