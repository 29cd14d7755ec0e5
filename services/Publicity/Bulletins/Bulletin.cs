using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// 通报 — a news item of the publicity office about a period (city days <see cref="From"/> to <see cref="To"/>) in the
/// whole city or one district. Drafted with a text compiled from the figures (kept with it), edited by an editor while
/// a draft, then published (<see cref="BulletinPublished"/>, for other city systems) or discarded.
/// </summary>
public sealed class Bulletin : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 5000;

    Bulletin()
    {
    }

    public BulletinStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>What the period is known as (e.g. 春节期间), or null.</summary>
    public string? Occasion { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The district reported on; null for the whole city (全市).</summary>
    public string? DistrictCode { get; private set; }

    public string? DistrictName { get; private set; }

    /// <summary>The figures the draft was compiled from, every metric in bulletin order.</summary>
    public IReadOnlyList<BulletinFigure> Figures { get; private set; } = [];

    public string DraftedBy { get; private set; } = "";

    public DateTimeOffset DraftedAt { get; private set; }

    public string? EditedBy { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? DiscardedBy { get; private set; }

    public DateTimeOffset? DiscardedAt { get; private set; }

    /// <summary>The drafter's <c>Idempotency-Key</c>, scoped to the drafter; unique.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

    /// <summary>
    /// Compiles a draft from <paramref name="figures"/> (metric → sum over the period) and raises <see cref="BulletinDrafted"/>;
    /// the caller has checked the period, district and lengths.
    /// </summary>
    public static Bulletin Draft(
        DateOnly from, DateOnly to, string? districtCode, string? districtName, string? occasion, string? title,
        IReadOnlyDictionary<string, long> figures, string draftedBy, IdempotencyStamp? idempotency, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var now = time.GetUtcNow();
        var bulletin = new Bulletin
        {
            Id = Guid.CreateVersion7(now),
            Status = BulletinStatus.Draft,
            Title = title ?? BulletinText.DefaultTitle(occasion, from, to, districtName),
            Text = BulletinText.Compose(occasion, from, to, districtName, figures),
            Occasion = occasion,
            From = from,
            To = to,
            DistrictCode = districtCode,
            DistrictName = districtName,
            Figures = [.. Metrics.All.Select(m => new BulletinFigure(m, figures.GetValueOrDefault(m)))],
            DraftedBy = draftedBy,
            DraftedAt = now,
            IdempotencyKey = idempotency?.ScopedKey,
            RequestFingerprint = idempotency?.Fingerprint,
        };
        bulletin.Raise(new BulletinDrafted(Guid.NewGuid(), now, bulletin.Id, bulletin.Title, from, to, districtCode, draftedBy));
        return bulletin;
    }

    /// <summary>Replaces the draft's title and text (already checked non-empty); a published or discarded bulletin is final.</summary>
    public void Edit(string title, string text, string editedBy, TimeProvider time)
    {
        EnsureDraft("edit the bulletin");
        Title = title;
        Text = text;
        EditedBy = editedBy;
        EditedAt = time.GetUtcNow();
        Raise(new BulletinEdited(Guid.NewGuid(), EditedAt.Value, Id, Title, editedBy, Version + 1));
    }

    public void Publish(string publishedBy, TimeProvider time)
    {
        EnsureDraft("publish the bulletin");
        Status = BulletinStatus.Published;
        PublishedBy = publishedBy;
        PublishedAt = time.GetUtcNow();
        Raise(new BulletinPublished(Guid.NewGuid(), PublishedAt.Value, Id, Title, Text, From, To, DistrictCode, DistrictName,
            Figures.ToDictionary(f => f.Metric, f => f.Quantity), publishedBy, PublishedAt.Value));
    }

    public void Discard(string discardedBy, TimeProvider time)
    {
        EnsureDraft("discard the bulletin");
        Status = BulletinStatus.Discarded;
        DiscardedBy = discardedBy;
        DiscardedAt = time.GetUtcNow();
        Raise(new BulletinDiscarded(Guid.NewGuid(), DiscardedAt.Value, Id, discardedBy));
    }

    void EnsureDraft(string action)
    {
        if (Status != BulletinStatus.Draft)
        {
            throw new InvalidTransitionException(action, Status.ToString());
        }
    }
}
