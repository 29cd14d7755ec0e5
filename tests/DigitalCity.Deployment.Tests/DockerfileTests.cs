using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>The Dockerfile of each process: a cached restore, a Release publish, a small non-root runtime image.</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Dockerfiles =>
    [
        "services/Inspection.Host/Dockerfile",
        "services/Sanitation.Host/Dockerfile",
        "services/Publicity.Host/Dockerfile",
        "gateway/Dockerfile",
    ];

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Builds_on_the_sdk_and_runs_on_the_aspnet_runtime_in_separate_stages(string path)
    {
        var dockerfile = Dockerfile.Load(path);

        Assert.True(dockerfile.Stages.Count >= 2, $"{path} has {dockerfile.Stages.Count} stage(s).");
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", dockerfile.Stages[0].BaseImage);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile.Final.BaseImage);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Publishes_the_host_project_beside_it_in_Release_without_restoring_again(string path)
    {
        var (publish, _) = PublishingStage(Dockerfile.Load(path)).FindRun("dotnet publish");
        var words = publish.Words;

        Assert.Equal(HostProject(path), words[words.ToList().IndexOf("publish") + 1]);
        Assert.Equal("Release", words[words.ToList().IndexOf("-c") + 1]);
        Assert.Contains("--no-restore", words);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Restores_from_the_project_files_alone_before_copying_any_source(string path)
    {
        var stage = PublishingStage(Dockerfile.Load(path));
        var project = HostProject(path);
        var (restore, restoreIndex) = stage.FindRun("dotnet restore");
        var copiedBeforeRestore = stage.Instructions.Take(restoreIndex).Where(i => i.Keyword == "COPY").SelectMany(i => i.Sources).ToList();

        Assert.Contains(project, restore.Words);
        Assert.Contains("Directory.Build.props", copiedBeforeRestore);
        Assert.Contains("Directory.Packages.props", copiedBeforeRestore);
        Assert.All(ProjectGraph.Closure(project), reference => Assert.Contains(reference, copiedBeforeRestore));
        Assert.All(copiedBeforeRestore, source => Assert.DoesNotContain('*', source));
        Assert.All(copiedBeforeRestore, source => Assert.False(source.EndsWith('/'), $"'{source}' copies a whole folder before the restore."));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Copies_the_sources_of_every_referenced_project_before_publishing(string path)
    {
        var stage = PublishingStage(Dockerfile.Load(path));
        var (_, restoreIndex) = stage.FindRun("dotnet restore");
        var (_, publishIndex) = stage.FindRun("dotnet publish");
        var copiedSources = stage.Instructions.Take(publishIndex).Skip(restoreIndex).Where(i => i.Keyword == "COPY").SelectMany(i => i.Sources);

        Assert.All(ProjectGraph.Closure(HostProject(path)), reference => Assert.Contains(ProjectGraph.DirectoryOf(reference), copiedSources));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void The_final_image_holds_only_the_published_output(string path)
    {
        var dockerfile = Dockerfile.Load(path);
        var publish = PublishingStage(dockerfile).FindRun("dotnet publish").Run.Words.ToList();
        var publishDirectory = publish[publish.IndexOf("-o") + 1];
        var copies = dockerfile.Final.Instructions.Where(i => i.Keyword is "COPY" or "ADD").ToList();

        Assert.NotEmpty(copies);
        Assert.All(copies, copy =>
        {
            Assert.Equal("COPY", copy.Keyword);
            Assert.Same(PublishingStage(dockerfile), dockerfile.StageNamed(copy.Flag("from") ?? "<none>"));
            Assert.All(copy.Sources, source => Assert.Equal(publishDirectory, source.TrimEnd('/')));
        });
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void The_final_image_runs_as_a_non_root_user(string path)
    {
        var user = Dockerfile.Load(path).Final.All("USER").LastOrDefault();

        Assert.NotNull(user);
        Assert.DoesNotContain(user.Arguments.Split(':')[0], new[] { "root", "0" });
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void The_final_image_exposes_8080_and_checks_the_live_endpoint_there(string path)
    {
        var final = Dockerfile.Load(path).Final;
        var healthcheck = Assert.Single(final.All("HEALTHCHECK"));

        Assert.Contains(final.All("EXPOSE"), expose => expose.Words.Contains("8080"));
        Assert.Contains("http://localhost:8080/health/live", healthcheck.Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void The_healthcheck_client_is_installed_while_the_final_stage_is_still_root(string path)
    {
        var final = Dockerfile.Load(path).Final;
        var healthcheck = Assert.Single(final.All("HEALTHCHECK"));
        var client = healthcheck.Arguments.Contains("curl", StringComparison.Ordinal) ? "curl" : "wget";
        var (_, installIndex) = final.FindRun($"install -y --no-install-recommends {client}");
        var userIndex = final.Instructions.ToList().FindIndex(i => i.Keyword == "USER");

        Assert.True(installIndex < userIndex, $"{client} must be installed before USER switches to the unprivileged user.");
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void The_entry_point_runs_the_host_assembly(string path)
    {
        var entryPoint = Assert.Single(Dockerfile.Load(path).Final.All("ENTRYPOINT"));

        Assert.Equal(["dotnet", $"{ProjectGraph.AssemblyName(HostProject(path))}.dll"], entryPoint.Words);
    }

    [Fact]
    public void The_publicity_image_installs_the_certificates_font_while_still_root()
    {
        var final = Dockerfile.Load("services/Publicity.Host/Dockerfile").Final;
        var (install, installIndex) = final.FindRun("install -y --no-install-recommends");
        var userIndex = final.Instructions.ToList().FindIndex(i => i.Keyword == "USER");

        // The font award certificates are drawn with by default (CertificateOptions.DefaultFontPaths).
        Assert.Contains(CertificateFontPackage, install.Words);
        Assert.True(installIndex < userIndex, $"{CertificateFontPackage} must be installed before USER switches to the unprivileged user.");
    }

    [Fact]
    public void The_ci_script_installs_the_same_certificates_font()
    {
        var script = Repository.ReadText(".ci/run");

        Assert.Contains($"need_packages+=({CertificateFontPackage})", script, StringComparison.Ordinal);
    }

    const string CertificateFontPackage = "fonts-wqy-microhei";

    /// <summary>The one project file in the Dockerfile's folder.</summary>
    static string HostProject(string dockerfilePath)
    {
        var folder = dockerfilePath[..dockerfilePath.LastIndexOf('/')];
        var project = Assert.Single(Directory.GetFiles(Repository.PathOf(folder), "*.csproj"));
        return $"{folder}/{Path.GetFileName(project)}";
    }

    static Stage PublishingStage(Dockerfile dockerfile) =>
        Assert.Single(dockerfile.Stages, s => s.Instructions.Any(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal)));
}
