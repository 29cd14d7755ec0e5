namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// A scenario of the recording rounds: its name, whether its operations record visits (so the figures
/// must count them), and how to prepare round <c>r</c> of <c>n</c> operations (untimed), giving operation <c>i</c>.
/// </summary>
sealed record RecordingScenario(string Name, bool RecordsVisits, Func<int, int, CancellationToken, Task<Func<int, CancellationToken, Task<string?>>>> PrepareAsync);
