using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>One Dockerfile instruction, continuation lines joined.</summary>
internal sealed record Instruction(string Keyword, string Arguments)
{
    /// <summary>The words of the instruction, <c>--flag=value</c> options included.</summary>
    public IReadOnlyList<string> Words => Arguments.TrimStart().StartsWith('[')
        ? JsonSerializer.Deserialize<string[]>(Arguments) ?? []
        : Arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public string? Flag(string name) =>
        Words.Where(w => w.StartsWith($"--{name}=", StringComparison.Ordinal)).Select(w => w[(name.Length + 3)..]).FirstOrDefault();

    /// <summary>For COPY and ADD: the sources (every word but the flags and the destination).</summary>
    public IReadOnlyList<string> Sources => [.. Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1)];

    public string Destination => Words[^1];
}

/// <summary>A build stage: its base image, its name (<c>AS name</c>) and its instructions after FROM.</summary>
internal sealed record Stage(string BaseImage, string? Name, IReadOnlyList<Instruction> Instructions)
{
    public bool Has(string keyword) => Instructions.Any(i => i.Keyword == keyword);

    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>The first RUN whose command contains <paramref name="text"/>, and its position in the stage.</summary>
    public (Instruction Run, int Index) FindRun(string text)
    {
        var index = Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No RUN '{text}' in the stage based on {BaseImage}.");
        return (Instructions[index], index);
    }
}

/// <summary>A Dockerfile read into its stages; enough of the syntax for the project's own files.</summary>
internal sealed partial class Dockerfile
{
    Dockerfile(string relativePath, IReadOnlyList<Stage> stages)
    {
        RelativePath = relativePath;
        Stages = stages;
    }

    public string RelativePath { get; }

    public IReadOnlyList<Stage> Stages { get; }

    public Stage Final => Stages[^1];

    public static Dockerfile Load(string relativePath)
    {
        var stages = new List<Stage>();
        foreach (var instruction in ReadInstructions(Repository.ReadText(relativePath)))
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                stages.Add(new Stage(words[0], name, []));
            }
            else
            {
                Assert.True(stages.Count > 0 || instruction.Keyword == "ARG", $"{relativePath}: {instruction.Keyword} before the first FROM.");
                if (stages.Count > 0)
                {
                    stages[^1] = stages[^1] with { Instructions = [.. stages[^1].Instructions, instruction] };
                }
            }
        }

        return new Dockerfile(relativePath, stages);
    }

    /// <summary>The stage a <c>COPY --from=</c> names, by name or by index.</summary>
    public Stage? StageNamed(string reference) =>
        int.TryParse(reference, out var index) && index < Stages.Count
            ? Stages[index]
            : Stages.FirstOrDefault(s => string.Equals(s.Name, reference, StringComparison.OrdinalIgnoreCase));

    static IEnumerable<Instruction> ReadInstructions(string text)
    {
        var current = "";
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            current += line;
            if (current.Trim().Length > 0)
            {
                var match = InstructionPattern().Match(current.Trim());
                yield return new Instruction(match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value.Trim());
            }

            current = "";
        }
    }

    [GeneratedRegex(@"^(\S+)\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex InstructionPattern();
}
