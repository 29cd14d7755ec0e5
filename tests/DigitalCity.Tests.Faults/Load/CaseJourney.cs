using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalCity.Tests.Faults.Load;

/// <summary>A case the API acknowledged, and whether its category sent it to the sanitation department.</summary>
public sealed record AcknowledgedCase(CasePlan Plan, Guid CaseId);

/// <summary>
/// One case through the gateway as the bureau's apps send it: a grid officer reports it (上报, with an
/// Idempotency-Key), a shift lead files it (立案) and a dispatcher sends it to its category's department (派遣).
/// Like a well-behaved client, a step whose answer did not come or was a 502–504 is sent again; a conflict on
/// such a retry means the first attempt did land, which the case's state confirms.
/// </summary>
public sealed class CaseJourney(BureauClients clients, AttemptLog log)
{
    static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    int _inFlight;

    /// <summary>Requests sent and not yet answered, now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public async Task<AcknowledgedCase> RunAsync(CasePlan plan, CancellationToken cancellationToken)
    {
        var reported = await SendAsync(clients.Officer, "/api/inspection/cases", plan.Report(), plan.Key, null, cancellationToken);
        var caseId = reported.GetProperty("id").GetGuid();
        await SendAsync(clients.Lead, $"/api/inspection/cases/{caseId}/file", new { urgency = "Normal" }, null,
            (caseId, ["Reported"]), cancellationToken);
        await SendAsync(clients.Dispatcher, $"/api/inspection/cases/{caseId}/dispatch", plan.Dispatch(), null,
            (caseId, ["Reported", "Filed"]), cancellationToken);
        return new AcknowledgedCase(plan, caseId);
    }

    /// <param name="step">For a step that may not be sent twice: the case, and the statuses it still has while the step has not landed.</param>
    async Task<JsonElement> SendAsync(HttpClient client, string path, object body, string? idempotencyKey,
        (Guid CaseId, string[] Before)? step, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ambiguous = false;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            Interlocked.Increment(ref _inFlight);
            var (status, answer) = await TrySendAsync(client, request, cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            log.Record(status);
            if (status is >= 200 and < 300)
            {
                return JsonDocument.Parse(answer).RootElement.Clone();
            }

            if (status == (int)HttpStatusCode.Conflict && ambiguous && step is { } s
                && await StatusOfAsync(s.CaseId, cancellationToken) is { } now && !s.Before.Contains(now))
            {
                return default;
            }

            var retryable = status is 0 or 429 or (>= 502 and <= 504);
            if (!retryable || clock.Elapsed > GiveUpAfter)
            {
                throw new InvalidOperationException($"POST {path} answered {status} on attempt {attempt}: {answer}");
            }

            ambiguous = true;
            // A client's back-off before sending again, not a wait for something to happen.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt)), cancellationToken);
        }
    }

    async Task<string?> StatusOfAsync(Guid caseId, CancellationToken cancellationToken)
    {
        using var response = await clients.Operator.GetAsync($"/api/inspection/cases/{caseId}", cancellationToken);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("status").GetString()
            : null;
    }

    static async Task<(int Status, string Answer)> TrySendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException ex)
        {
            return (0, ex.Message);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"no answer within the client's timeout ({ex.Message})");
        }
    }
}
