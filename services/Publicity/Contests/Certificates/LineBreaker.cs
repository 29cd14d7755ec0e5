using System.Globalization;
using System.Text;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// Breaks a paragraph into lines no wider than a width, as Chinese is set (断行): a line may end after any Chinese
/// character, Latin words and numbers stay whole, closing punctuation (，。》) never starts a line and opening
/// punctuation (《“) never ends one — the character before or after moves with it. Widths come from the caller,
/// so the rule is tested without a font.
/// </summary>
public static class LineBreaker
{
    const string NoLineStart = "，。、；：！？）》」』”’〉】,.;:!?)]}%";
    const string NoLineEnd = "（《「『“‘〈【([{";

    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);

        var lines = new List<string>();
        var line = new List<(string Text, double Width)>();
        var lineWidth = 0d;
        foreach (var token in Tokens(text).SelectMany(t => Fit(t, width, measure)))
        {
            var tokenWidth = measure(token);
            if (line.Count > 0 && lineWidth + tokenWidth > width)
            {
                var carried = Carried(line, token);
                lines.Add(string.Concat(line.Take(line.Count - carried).Select(t => t.Text)).TrimEnd());
                line.RemoveRange(0, line.Count - carried);
                if (line.Count == 0 && string.IsNullOrWhiteSpace(token))
                {
                    continue; // a space where the line breaks is dropped
                }

                lineWidth = line.Sum(t => t.Width);
            }

            line.Add((token, tokenWidth));
            lineWidth += tokenWidth;
        }

        if (line.Count > 0)
        {
            lines.Add(string.Concat(line.Select(t => t.Text)).TrimEnd());
        }

        return lines;
    }

    /// <summary>How many tokens at the end of a full line move to the next one, so neither line breaks a punctuation rule.</summary>
    static int Carried(List<(string Text, double Width)> line, string next)
    {
        var carried = 0;
        if (IsOneOf(next, NoLineStart) && line.Count > 1)
        {
            carried = 1;
        }

        while (carried < line.Count - 1 && IsOneOf(line[line.Count - carried - 1].Text, NoLineEnd))
        {
            carried++;
        }

        return carried;
    }

    static bool IsOneOf(string token, string characters) => token.Length == 1 && characters.Contains(token[0], StringComparison.Ordinal);

    /// <summary>Runs of Latin letters and digits (a word, a number), or one other character each.</summary>
    static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element.Length == 1 && char.IsAscii(element[0]) && char.IsLetterOrDigit(element[0]))
            {
                word.Append(element);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            yield return element;
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>A word wider than the whole line is split where it must be.</summary>
    static IEnumerable<string> Fit(string token, double width, Func<string, double> measure)
    {
        if (token.Length == 1 || measure(token) <= width)
        {
            yield return token;
            yield break;
        }

        var start = 0;
        for (var end = 1; end <= token.Length; end++)
        {
            if (end - start > 1 && measure(token[start..end]) > width)
            {
                yield return token[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return token[start..];
    }
}
