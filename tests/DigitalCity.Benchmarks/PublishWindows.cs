namespace DigitalCity.Benchmarks;

/// <summary>
/// Publishing with a bounded number awaiting their confirm, the same way in every scenario that publishes itself: starts up
/// to <see cref="RawRabbitMqScenario.MaxOutstanding"/> publishes, waits for all their confirms, repeats.
/// </summary>
static class PublishWindows
{
    /// <param name="publish">Publishes event <c>i</c>; completes when the broker confirmed it.</param>
    public static async Task RunAsync(int events, Func<int, Task> publish)
    {
        var inFlight = new Task[RawRabbitMqScenario.MaxOutstanding];
        for (var published = 0; published < events; published += inFlight.Length)
        {
            var count = Math.Min(inFlight.Length, events - published);
            for (var i = 0; i < count; i++)
            {
                inFlight[i] = publish(published + i);
            }

            await Task.WhenAll(inFlight.AsSpan(0, count));
        }
    }
}
