namespace SovietFilms.Data.Indexing;

/// <summary>
/// The letters of the Latin, Greek and Cyrillic blocks that carry an accent, each with the letter it folds to: the
/// canonical decompositions of Unicode with the marks dropped and the base letter lowercased. The data is generated
/// from ICU by <c>FoldTableTests</c> into <c>FoldTable.Data.cs</c>, which fails when the committed table differs.
/// </summary>
internal static partial class FoldTable
{
    /// <summary>The letter <paramref name="c"/> folds to, or <c>'\0'</c> when the table does not hold it.</summary>
    public static char Find(char c)
    {
        var low = 0;
        var high = Letters.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var letter = Letters[middle];
            if (letter == c)
            {
                return Folds[middle];
            }

            if (letter < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return '\0';
    }
}
