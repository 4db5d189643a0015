using System;
using System.Linq;
using SovietFilms.Data.Search;

namespace SovietFilms.Data.Tests;

/// <summary>The banded distance agrees with the whole table, and costs the length times the limit.</summary>
public sealed class EditDistanceTests
{
    [Fact]
    public void The_band_gives_the_distance_of_the_whole_table_up_to_the_limit()
    {
        var random = new Random(20261201);
        var distance = new EditDistance();
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : Word(random);
            var limit = random.Next(0, 6);

            distance.Within(a, b, limit).Should().Be(Math.Min(Full(a, b), limit + 1), $"\"{a}\" and \"{b}\" within {limit}");
        }
    }

    [Fact(Timeout = 60_000)]
    public async System.Threading.Tasks.Task Long_strings_near_each_other_cost_their_length_times_the_limit()
    {
        // Two 200,000-character strings a swap apart: the whole table would be 4 * 10^10 cells.
        var a = new string('a', 100_000) + "xy" + new string('b', 100_000);
        var b = new string('a', 100_000) + "yx" + new string('b', 100_000);

        var found = await System.Threading.Tasks.Task.Run(() => new EditDistance().Within(a, b, 3));

        found.Should().Be(1);
    }

    private static string Word(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abcй"[random.Next(4)]).ToArray());

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, 'c'); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                case 2 when at < chars.Count: chars[at] = 'b'; break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string(chars.ToArray());
    }

    /// <summary>The optimal-string-alignment distance from the whole table: the oracle.</summary>
    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
