using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// The contest's rules for a submission, each broken one named: inside the period (city-local days), at least one
/// own post and each on a platform of the contest with its topic, a video not entered before, and no more than
/// <see cref="ContestRules.MaxEntriesPerEntrant"/> entries per entrant (a rejected one does not count).
/// </summary>
public static class EntryRules
{
    public static ValidationErrors Check(
        EntrySubmission submission, ContestRules rules, DateOnly today, int entrantsEarlierEntries, bool videoAlreadyEntered, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(errors);
        errors.Check(today >= rules.Opens && today <= rules.Closes, "submittedAt",
            $"Entries are accepted from {rules.Opens:yyyy-MM-dd} to {rules.Closes:yyyy-MM-dd} (city time); today is {today:yyyy-MM-dd}.");
        errors.Check(submission.OwnPosts.Count > 0, "ownPosts", "Publish the video on your own account too and give its link.");
        for (var i = 0; i < submission.OwnPosts.Count; i++)
        {
            var post = submission.OwnPosts[i];
            errors.Check(rules.OwnPlatforms.Contains(post.Platform), $"ownPosts[{i}].platform",
                $"This contest counts own posts on {string.Join(" or ", rules.OwnPlatforms)}.");
            errors.Check(post.CarriesTopic, $"ownPosts[{i}].carriesTopic", $"Your post must carry the topic {rules.RequiredTopic}.");
        }

        errors.Check(submission.OwnPosts.Select(p => p.Platform).Distinct().Count() == submission.OwnPosts.Count, "ownPosts", "One post per platform.");
        errors.Check(!videoAlreadyEntered, "videoHash", "This video has already been entered in the contest.");
        errors.Check(entrantsEarlierEntries < rules.MaxEntriesPerEntrant, "phone", $"One entrant may enter at most {rules.MaxEntriesPerEntrant} videos.");
        return errors;
    }
}
