using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// The measured path: <c>POST /api/inspection/campaigns/{id}/visits</c> by the planned visit's officer
/// (own token), all ten items answered, a distinct <c>Idempotency-Key</c>. Bodies are serialized before
/// the clock starts. Only 201 Created counts; anything else fails the round.
/// </summary>
static class VisitRequests
{
    public const string Name = "POST /campaigns/{id}/visits";

    static readonly MediaTypeHeaderValue Json = new("application/json");

    public static Func<int, CancellationToken, Task<string?>> Prepare(Guid campaignId, IReadOnlyList<PlannedVisit> visits, IReadOnlyDictionary<string, HttpClient> inspectors, string keyPrefix)
    {
        var url = new Uri($"/api/inspection/campaigns/{campaignId}/visits", UriKind.Relative);
        var dueAt = DateTimeOffset.UtcNow + PlannedVisit.RectificationPeriod;
        var bodies = visits.Select(v => Body(v, dueAt)).ToArray();
        return async (i, cancellationToken) =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = Json;
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Add(ReportCase.IdempotencyHeader, $"{keyPrefix}-{i}");
            using var response = await inspectors[visits[i].RecorderId].SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.Created
                ? null
                : $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
        };
    }

    static byte[] Body(PlannedVisit visit, DateTimeOffset dueAt) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        groupId = visit.Group.Id,
        premisesId = visit.PremisesId,
        visitedAt = visit.VisitedAt,
        answers = VisitPlanner.ItemCodes.Select(code => code == visit.FailedItem
            ? (object)new
            {
                itemCode = code,
                result = nameof(AnswerResult.Fail),
                note = PlannedVisit.FailureNote,
                photoRefs = PlannedVisit.FailurePhotos,
                rectification = visit.Mode == RectificationMode.Immediate
                    ? (object)new { mode = nameof(RectificationMode.Immediate), evidencePhotoRefs = PlannedVisit.EvidencePhotos }
                    : new { mode = nameof(RectificationMode.ByDeadline), dueAt },
            }
            : new { itemCode = code, result = nameof(AnswerResult.Pass) }),
    });
}
