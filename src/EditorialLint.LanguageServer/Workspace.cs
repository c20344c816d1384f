using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Engine;
using EditorialLint.Fixes;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer;

/// <summary>
/// The server's state: open buffers, the workspace's articles on disk, the rules, and the last corpus pass.
/// <list type="bullet">
/// <item>A buffer is linted (per-article rules) on open and after each change, once the client has been quiet for
/// the debounce time; a change cancels the pending or running analysis of the older text.</item>
/// <item>The corpus pass (EDL0001 across articles, EDL0003, …) runs over every article on disk with the open buffers
/// laid over their files, after the workspace scan, on open, save and close, and when files change on disk. Between
/// passes a buffer's corpus findings are carried over its edits (dropped where an edit touches them).</item>
/// <item>A change to a rule file, <c>.editorconfig</c> or <c>.globalconfig</c> rebuilds the rules and options and
/// lints everything again.</item>
/// </list>
/// All state is guarded by one lock; analyses run outside it on the thread pool.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly object _gate = new();
    private readonly object _publishGate = new();
    private readonly LanguageServerOptions _host;
    private readonly ClientChannel _client;
    private readonly string? _root;
    private readonly JsonElement? _initializationOptions;
    private readonly IReadOnlyList<Rule> _builtInRules;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    private ServerSettings _settings;
    private Generation _generation;
    private LintWorkspace _disk;
    private CorpusSnapshot _corpus = CorpusSnapshot.Empty;
    private Task _scan = Task.CompletedTask;
    private CancellationTokenSource? _scanCancellation;
    private CancellationTokenSource? _corpusCancellation;
    private HashSet<string> _ruleFilesWithErrors = new(StringComparer.Ordinal);
    private bool _disposed;

    public Workspace(LanguageServerOptions host, ClientChannel client, string? root, JsonElement? initializationOptions)
    {
        _host = host;
        _client = client;
        _root = root;
        _initializationOptions = initializationOptions;
        _builtInRules = host.CreateRules();
        _settings = ServerSettings.Create(root, host, initializationOptions, client.LogWarning);
        _generation = CreateGeneration(0, _settings);
        _disk = _generation.Backend.CreateWorkspace();
    }

    public ServerSettings Settings
    {
        get
        {
            lock (_gate) return _settings;
        }
    }

    /// <summary>Starts the workspace scan (after <c>initialized</c>) and publishes rule-file errors.</summary>
    public void Start()
    {
        PublishRuleFileErrors(_generation);
        lock (_gate) StartScan();
    }

    public void Open(string uri, string text, int version)
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(uri, out var existing)) existing.Pending?.Cancel();
            var path = FileUris.ToPath(uri);
            var document = new OpenDocument(uri, path) { Text = text, Version = version };
            Classify(document, _settings);
            _documents[uri] = document;
            if (!document.Linted)
            {
                _client.LogInfo(NotLintedMessage(_settings, path, uri));
                return;
            }

            ScheduleDocument(document, TimeSpan.Zero, thenCorpus: document.InCorpus);
        }
    }

    public void Change(string uri, string text, int? version)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            document.Text = text;
            document.Version = version ?? document.Version + 1;
            if (document.Linted) ScheduleDocument(document, _settings.Debounce, thenCorpus: false);
        }
    }

    /// <summary>The text a client holds for an open document (for incremental changes sent despite full sync).</summary>
    public string? GetText(string uri)
    {
        lock (_gate) return _documents.TryGetValue(uri, out var document) ? document.Text : null;
    }

    public void Save(string uri, string? text)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            if (text is not null && text != document.Text)
            {
                document.Text = text;
                document.Version++;
            }

            if (!document.Linted) return;
            if (document.InCorpus) ScheduleDocument(document, TimeSpan.Zero, thenCorpus: true);
        }
    }

    public void Close(string uri)
    {
        OpenDocument? document;
        lock (_gate)
        {
            if (!_documents.Remove(uri, out document)) return;
            document.Pending?.Cancel();
            document.Closed = true;
        }

        // Only an article's own diagnostics go with its buffer. A rule file's EDL0902/EDL0903 describe the file on
        // disk and stay until it changes: clearing them here hid them for good when the file was opened again.
        if (document.Linted) lock (_publishGate) _client.Publish(new PublishDiagnosticsParams { Uri = uri });
        if (document.InCorpus && document.Path is not null)
        {
            // The buffer no longer overlays its file: the corpus pass reads the file again (the edits may be unsaved).
            FilesChanged(new[] { document.Path });
        }
    }

    /// <summary>Files created, changed or deleted on disk (from the client's watcher or the server's own).</summary>
    public void FilesChanged(IEnumerable<string> fullPaths)
    {
        var reload = false;
        var articles = new List<string>();
        ServerSettings settings;
        lock (_gate) settings = _settings;
        var rescan = false;
        foreach (var path in fullPaths.Distinct(StringComparer.Ordinal))
        {
            if (ServerSettings.IsConfigFile(path) || settings.IsRuleFile(path)) reload = true;
            else if (settings.Workspace && settings.IsArticle(path)) articles.Add(path);
            else if (settings.Workspace && settings.IsUnderRoot(path) && (Directory.Exists(path) || HasArticlesUnder(path))) rescan = true;
        }

        if (reload)
        {
            Reload();
            return;
        }

        if (rescan)
        {
            // A folder of articles came, went or moved: read the workspace again (same rules).
            lock (_gate) StartScan();
            return;
        }

        if (articles.Count == 0) return;
        _ = RunInBackground("re-reading changed articles", async token =>
        {
            Task scan;
            lock (_gate) scan = _scan;
            await scan.WaitAsync(token).ConfigureAwait(false);
            Generation generation;
            lock (_gate) generation = _generation;
            foreach (var path in articles)
            {
                var analysis = File.Exists(path) ? AnalyzeFile(generation, settings, path, token) : null;
                lock (_gate)
                {
                    if (_generation != generation) return;
                    if (analysis is null) _disk.Remove(path);
                    else _disk.Set(analysis);
                }
            }

            ScheduleCorpus(settings.Debounce);
        });
    }

    private bool HasArticlesUnder(string directory)
    {
        var prefix = directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        lock (_gate) return _disk.Analyses.Any(a => a.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Rules, rule files and configuration again from disk; everything linted again.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _settings = ServerSettings.Create(_root, _host, _initializationOptions, _client.LogWarning);
            _generation = CreateGeneration(_generation.Id + 1, _settings);
            _disk = _generation.Backend.CreateWorkspace();
            foreach (var document in _documents.Values)
            {
                Classify(document, _settings);
                if (document.Linted) ScheduleDocument(document, TimeSpan.Zero, thenCorpus: false);
            }

            StartScan();
        }

        _client.LogInfo("rules and configuration reloaded");
        PublishRuleFileErrors(_generation);
    }

    /// <summary>Quick fixes for the findings under a range, and one action that applies every fix in the article.</summary>
    public List<CodeAction> GetCodeActions(CodeActionParams parameters)
    {
        var actions = new List<CodeAction>();
        OpenDocument? document;
        lock (_gate)
        {
            if (!_documents.TryGetValue(parameters.TextDocument.Uri, out document) || !document.Linted) return actions;
        }

        // The client asks about the text it has: lint it now if the debounced run has not caught up.
        AnalyzeDocument(document, _lifetime.Token);
        var live = LiveFindings(document);
        if (live is null) return actions;
        var (analyzed, findings, index, corpus) = live.Value;
        var article = analyzed.Analysis.Article.Article;
        var requested = index.GetSpan(parameters.Range);
        var only = parameters.Context.Only;
        bool Wanted(string kind) => only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

        var fixable = new List<(LiveFinding Finding, string Replacement)>();
        foreach (var finding in findings)
        {
            if (FixPlanner.TryGetReplacement(finding.Finding, out var replacement) &&
                FixPlanner.Plan(article, new[] { new Fixes.TextEdit(finding.Span, replacement) }).Count == 1)
            {
                fixable.Add((finding, replacement));
            }
        }

        if (Wanted(CodeActionKinds.QuickFix))
        {
            foreach (var (finding, replacement) in fixable)
            {
                if (!finding.Span.IntersectsWith(requested)) continue;
                var diagnostic = ToDiagnostic(document, finding, index, corpus);
                actions.Add(new CodeAction
                {
                    Title = string.Format(CultureInfo.InvariantCulture, "Replace with '{0}'", replacement),
                    Kind = CodeActionKinds.QuickFix,
                    Diagnostics = new List<Diagnostic> { diagnostic },
                    IsPreferred = true,
                    Edit = Edit(document.Uri, new[] { new Fixes.TextEdit(finding.Span, replacement) }, index),
                });
            }
        }

        if (Wanted(CodeActionKinds.FixAll) && fixable.Count > 1)
        {
            var edits = FixPlanner.Plan(article, fixable.Select(f => new Fixes.TextEdit(f.Finding.Span, f.Replacement)));
            if (edits.Count > 1)
            {
                actions.Add(new CodeAction
                {
                    Title = string.Format(CultureInfo.InvariantCulture, "Fix all EditorialLint findings in this article ({0})", edits.Count),
                    Kind = CodeActionKinds.FixAll,
                    Edit = Edit(document.Uri, edits, index),
                });
            }
        }

        return actions;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var document in _documents.Values) document.Pending?.Cancel();
            _scanCancellation?.Cancel();
            _corpusCancellation?.Cancel();
        }

        // Cancelled, not disposed: a background task still holding the token must see cancellation, not a crash.
        _lifetime.Cancel();
    }

    // ----- analysis -----

    private Generation CreateGeneration(int id, ServerSettings settings)
    {
        var ruleFiles = new List<RuleFileText>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var directory in settings.RuleDirectories.Where(Directory.Exists))
        {
            IEnumerable<string> paths;
            try
            {
                paths = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories).Where(RuleFileText.IsRuleFilePath).OrderBy(p => p, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _client.LogWarning($"cannot read the rules folder {directory}: {ex.Message}");
                continue;
            }

            foreach (var path in paths)
            {
                var text = TryRead(path);
                if (text is null) continue;
                ruleFiles.Add(new RuleFileText(path, text));
                texts[path] = text;
            }
        }

        var allRuleFiles = settings.DefaultRules ? DefaultRuleFiles.With(ruleFiles) : ruleFiles;
        return new Generation(id, new LintBackend(_builtInRules, allRuleFiles), _host.CreateOptionResolver(), texts);
    }

    /// <summary>What the log says when a workspace file that is not an article is opened: rule files and configuration are not lint targets but are not ignored either.</summary>
    private static string NotLintedMessage(ServerSettings settings, string? path, string uri)
    {
        var display = settings.DisplayPath(path ?? uri);
        if (path is not null && settings.IsRuleFile(path))
            return $"{display} is a rule file, not an article: its problems (EDL0902, EDL0903) are shown on it, and the rules are reloaded when it is saved";
        if (path is not null && ServerSettings.IsConfigFile(path))
            return $"{display} is configuration, not an article: it is read again when it is saved";
        return $"{display} is not an article of this workspace (articles: {string.Join(", ", settings.ArticlePatterns)}); not linted";
    }

    private static void Classify(OpenDocument document, ServerSettings settings)
    {
        var path = document.Path;
        // A buffer outside the workspace (or with no file) is linted on its own; inside, only articles are.
        document.Linted = path is null || !settings.IsUnderRoot(path) || settings.IsArticle(path);
        document.InCorpus = path is not null && document.Linted && settings.IsArticle(path);
    }

    /// <summary>Lints a document after <paramref name="delay"/>, cancelling any older run of it. Caller holds the lock.</summary>
    private void ScheduleDocument(OpenDocument document, TimeSpan delay, bool thenCorpus)
    {
        if (_disposed) return;
        document.Pending?.Cancel();
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        document.Pending = cancellation;
        var token = cancellation.Token;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    if (delay > TimeSpan.Zero) await Task.Delay(delay, token).ConfigureAwait(false);
                    AnalyzeDocument(document, token);
                    if (thenCorpus) ScheduleCorpus(TimeSpan.Zero);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception ex)
                {
                    _client.LogError($"linting {document.Uri} failed: {ex}");
                }
                finally
                {
                    lock (_gate)
                    {
                        if (document.Pending == cancellation) document.Pending = null;
                    }

                    cancellation.Dispose();
                }
            },
            CancellationToken.None);
    }

    /// <summary>Per-article rules on the buffer's current text, unless that text is already linted; then publishes.</summary>
    private void AnalyzeDocument(OpenDocument document, CancellationToken token)
    {
        string text;
        int version;
        Generation generation;
        ServerSettings settings;
        lock (_gate)
        {
            if (document.Closed || !document.Linted) return;
            generation = _generation;
            settings = _settings;
            if (document.Current is { } current && current.Version == document.Version && current.Generation == generation && current.Text == document.Text) return;
            text = document.Text;
            version = document.Version;
        }

        var analysis = generation.Backend.Analyze(ParseArticle(settings, document.Path ?? document.Uri, text), OptionsFor(generation, document.Path), token);
        lock (_gate)
        {
            if (document.Closed || document.Version != version || document.Text != text || _generation != generation) return;
            document.Current = new AnalyzedText(version, text, analysis, generation);
        }

        Publish(document);
    }

    private static Article ParseArticle(ServerSettings settings, string path, string text)
    {
        var date = ArticleDates.FromPath(settings.DisplayPath(path), settings.DatePattern);
        return Article.Parse(path, text, date: date);
    }

    private static IOptionSource OptionsFor(Generation generation, string? path) =>
        path is null ? DictionaryOptionSource.Empty : generation.Options(path);

    private ArticleAnalysis? AnalyzeFile(Generation generation, ServerSettings settings, string path, CancellationToken token)
    {
        var text = TryRead(path);
        return text is null ? null : generation.Backend.Analyze(ParseArticle(settings, path, text), OptionsFor(generation, path), token);
    }

    /// <summary>The article's text as every host reads it (<see cref="ArticleDecoding.Decode"/>): EDL0905 agrees with the build and CLI.</summary>
    private string? TryRead(string path)
    {
        try
        {
            return ArticleDecoding.Decode(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _client.LogWarning($"cannot read {path}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Reads and lints every article under the root. Caller holds the lock.</summary>
    private void StartScan()
    {
        _scanCancellation?.Cancel();
        var settings = _settings;
        var generation = _generation;
        if (!settings.Workspace)
        {
            _scan = Task.CompletedTask;
            ScheduleCorpus(TimeSpan.Zero);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _scanCancellation = cancellation;
        var token = cancellation.Token;
        _scan = Task.Run(
            () =>
            {
                var clock = Stopwatch.StartNew();
                var paths = settings.EnumerateArticles(_client.LogWarning);
                var analyses = new ArticleAnalysis?[paths.Count];
                Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = token }, i => analyses[i] = AnalyzeFile(generation, settings, paths[i], token));
                var disk = generation.Backend.CreateWorkspace();
                foreach (var analysis in analyses)
                {
                    if (analysis is not null) disk.Set(analysis);
                }

                lock (_gate)
                {
                    if (_generation != generation) return;
                    _disk = disk;
                }

                _client.LogInfo(string.Create(CultureInfo.InvariantCulture, $"{disk.Count} articles under {settings.Root} linted in {clock.Elapsed.TotalSeconds:0.0} s"));
            },
            token);
        _scan.ContinueWith(t => _client.LogError("workspace scan failed: " + t.Exception?.GetBaseException()), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        ScheduleCorpus(TimeSpan.Zero);
    }

    /// <summary>Runs the corpus pass after <paramref name="delay"/> and once the scan is done, cancelling an older pass.</summary>
    private void ScheduleCorpus(TimeSpan delay)
    {
        CancellationToken token;
        lock (_gate)
        {
            if (_disposed) return;
            _corpusCancellation?.Cancel();
            _corpusCancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
            token = _corpusCancellation.Token;
        }

        _ = RunInBackground("the corpus pass", async _ =>
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, token).ConfigureAwait(false);
            Task scan;
            lock (_gate) scan = _scan;
            try
            {
                await scan.WaitAsync(token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed scan was logged; the pass still runs over the open buffers.
            }

            RunCorpus(token);
        });
    }

    private void RunCorpus(CancellationToken token)
    {
        Generation generation;
        Dictionary<string, ArticleAnalysis> set;
        List<OpenDocument> documents;
        lock (_gate)
        {
            generation = _generation;
            set = _disk.Analyses.ToDictionary(a => a.Path, StringComparer.Ordinal);
            documents = _documents.Values.Where(d => d.InCorpus).ToList();
        }

        // Open buffers overlay their files, linted at their current text.
        var basis = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            AnalyzeDocument(document, token);
            AnalyzedText? current;
            lock (_gate) current = document.Current;
            if (current is null || current.Generation != generation || document.Path is null) continue;
            set[document.Path] = current.Analysis;
            basis[document.Path] = current.Text;
        }

        token.ThrowIfCancellationRequested();
        var findings = generation.Backend.AnalyzeCorpus(set.Values, token);
        var byPath = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!basis.ContainsKey(finding.Path)) continue;
            if (!byPath.TryGetValue(finding.Path, out var list)) byPath[finding.Path] = list = new List<Finding>();
            list.Add(finding);
        }

        var texts = set.ToDictionary(p => p.Key, p => p.Value.Article.Article.Text, StringComparer.Ordinal);
        lock (_gate)
        {
            if (_generation != generation || token.IsCancellationRequested) return;
            _corpus = new CorpusSnapshot(generation, basis, byPath, texts);
        }

        foreach (var document in documents) Publish(document);
    }

    private Task RunInBackground(string what, Func<CancellationToken, Task> work)
    {
        var token = _lifetime.Token;
        return Task.Run(
            async () =>
            {
                try
                {
                    await work(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (ObjectDisposedException) when (token.IsCancellationRequested)
                {
                }
                catch (Exception ex)
                {
                    _client.LogError($"{what} failed: {ex}");
                }
            },
            CancellationToken.None);
    }

    // ----- diagnostics -----

    /// <summary>The findings of a document's linted text: its own, and the last corpus pass's carried over the edits since.</summary>
    private (AnalyzedText Analyzed, List<LiveFinding> Findings, LspLineIndex Index, CorpusSnapshot Corpus)? LiveFindings(OpenDocument document)
    {
        AnalyzedText? analyzed;
        CorpusSnapshot corpus;
        lock (_gate)
        {
            analyzed = document.Current;
            corpus = _corpus;
        }

        if (analyzed is null) return null;
        var findings = analyzed.Analysis.Findings.Select(f => new LiveFinding(f, f.Span, null)).ToList();
        if (document.Path is not null && corpus.Generation == analyzed.Generation &&
            corpus.Basis.TryGetValue(document.Path, out var basisText) && corpus.Findings.TryGetValue(document.Path, out var corpusFindings))
        {
            var change = TextChange.Between(basisText, analyzed.Text);
            foreach (var finding in corpusFindings)
            {
                if (change.Map(finding.Span) is { } span) findings.Add(new LiveFinding(finding, span, change));
            }
        }

        findings.Sort((a, b) => a.Span != b.Span ? a.Span.CompareTo(b.Span) : a.Finding.CompareTo(b.Finding));
        return (analyzed, findings, new LspLineIndex(analyzed.Text), corpus);
    }

    private void Publish(OpenDocument document)
    {
        lock (_publishGate)
        {
            bool closed;
            lock (_gate) closed = document.Closed;
            if (closed) return;
            var live = LiveFindings(document);
            if (live is null) return;
            var (analyzed, findings, index, corpus) = live.Value;
            if (analyzed.Version < document.PublishedVersion) return;
            document.PublishedVersion = analyzed.Version;
            _client.Publish(new PublishDiagnosticsParams
            {
                Uri = document.Uri,
                Version = analyzed.Version,
                Diagnostics = findings.Select(f => ToDiagnostic(document, f, index, corpus)).ToList(),
            });
        }
    }

    private void PublishRuleFileErrors(Generation generation)
    {
        var byPath = generation.Backend.RuleFileDiagnostics.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_publishGate)
        {
            foreach (var stale in _ruleFilesWithErrors.Where(p => !byPath.ContainsKey(p)))
                _client.Publish(new PublishDiagnosticsParams { Uri = FileUris.FromPath(stale) });
            foreach (var (path, findings) in byPath)
            {
                var index = new LspLineIndex(generation.RuleFileTexts.TryGetValue(path, out var text) ? text : string.Empty);
                _client.Publish(new PublishDiagnosticsParams
                {
                    Uri = FileUris.FromPath(path),
                    Diagnostics = findings.Select(f => ToDiagnostic(generation, f, index.Text.Length > 0 ? index.GetRange(f.Span) : ToRange(f.Location), null)).ToList(),
                });
                _client.LogWarning($"{path}: {findings.Count} problem(s) in this rule file (EDL0902/EDL0903); the other rules keep working");
            }

            _ruleFilesWithErrors = new HashSet<string>(byPath.Keys, StringComparer.Ordinal);
        }
    }

    private Diagnostic ToDiagnostic(OpenDocument document, LiveFinding live, LspLineIndex index, CorpusSnapshot corpus)
    {
        var finding = live.Finding;
        List<DiagnosticRelatedInformation>? related = null;
        foreach (var location in finding.Related)
        {
            if (location.Path.Length == 0) continue;
            Location? target;
            string? quoted;
            if (location.Path == finding.Path)
            {
                // In this article: its span moves with the edits, as the finding's own does.
                var span = live.Change is { } change ? change.Map(location.Span) : location.Span;
                if (span is null) continue;
                target = new Location { Uri = document.Uri, Range = index.GetRange(span.Value) };
                quoted = Quote(index.Text, span.Value);
            }
            else
            {
                var text = corpus.Texts.TryGetValue(location.Path, out var other) ? other : null;
                // Articles on disk are named by full path; a buffer with no file (untitled:) by its URI.
                var uri = Path.IsPathRooted(location.Path) ? FileUris.FromPath(location.Path) : location.Path;
                target = new Location { Uri = uri, Range = text is null ? ToRange(location) : corpus.GetIndex(location.Path, text).GetRange(location.Span) };
                quoted = text is null ? null : Quote(text, location.Span);
            }

            related ??= new List<DiagnosticRelatedInformation>();
            related.Add(new DiagnosticRelatedInformation { Location = target, Message = quoted is null ? "related location" : "“" + quoted + "”" });
        }

        Generation generation;
        lock (_gate) generation = _generation;
        return ToDiagnostic(generation, finding, index.GetRange(live.Span), related);
    }

    private static Diagnostic ToDiagnostic(Generation generation, Finding finding, Protocol.Range range, List<DiagnosticRelatedInformation>? related)
    {
        var descriptor = generation.Backend.GetDescriptor(finding.RuleId);
        return new Diagnostic
        {
            Range = range,
            Severity = finding.Severity switch
            {
                Severity.Error => 1,
                Severity.Warning => 2,
                _ => 3,
            },
            Code = finding.RuleId,
            CodeDescription = descriptor is null ? null : new CodeDescription { Href = descriptor.HelpUri },
            Message = finding.Message,
            RelatedInformation = related,
        };
    }

    private static Protocol.Range ToRange(FileLocation location) =>
        new(new Position(location.Start.Line, location.Start.Character), new Position(location.End.Line, location.End.Character));

    private static string? Quote(string text, TextSpan span) =>
        span.Length > 0 && span.End <= text.Length && span.Length <= 200 ? text.Substring(span.Start, span.Length) : null;

    private static WorkspaceEdit Edit(string uri, IEnumerable<Fixes.TextEdit> edits, LspLineIndex index) => new()
    {
        Changes = new Dictionary<string, List<Protocol.TextEdit>>(StringComparer.Ordinal)
        {
            [uri] = edits.Select(e => new Protocol.TextEdit { Range = index.GetRange(e.Span), NewText = e.NewText }).ToList(),
        },
    };

    // ----- state -----

    private sealed class OpenDocument
    {
        public OpenDocument(string uri, string? path)
        {
            Uri = uri;
            Path = path;
        }

        public string Uri { get; }
        public string? Path { get; }
        public string Text { get; set; } = string.Empty;
        public int Version { get; set; }
        public bool Linted { get; set; }
        public bool InCorpus { get; set; }
        public bool Closed { get; set; }
        public CancellationTokenSource? Pending { get; set; }
        public AnalyzedText? Current { get; set; }
        public int PublishedVersion { get; set; } = int.MinValue;
    }

    /// <summary>One linted text of a buffer: the version and text it was, and what the per-article rules found.</summary>
    private sealed record AnalyzedText(int Version, string Text, ArticleAnalysis Analysis, Generation Generation);

    /// <summary>A finding at its span in the buffer's linted text (moved over edits when it came from an older corpus pass).</summary>
    private readonly record struct LiveFinding(Finding Finding, TextSpan Span, TextChange? Change);

    /// <summary>The rules, options and rule files of one configuration; a reload makes a new one.</summary>
    private sealed class Generation
    {
        public Generation(int id, LintBackend backend, Func<string, IOptionSource> options, IReadOnlyDictionary<string, string> ruleFileTexts)
        {
            Id = id;
            Backend = backend;
            Options = options;
            RuleFileTexts = ruleFileTexts;
        }

        public int Id { get; }
        public LintBackend Backend { get; }
        public Func<string, IOptionSource> Options { get; }
        public IReadOnlyDictionary<string, string> RuleFileTexts { get; }
    }

    /// <summary>The last corpus pass: for each open buffer in it, the text it linted and its findings; every article's text.</summary>
    private sealed class CorpusSnapshot
    {
        public static readonly CorpusSnapshot Empty = new(null, new Dictionary<string, string>(), new Dictionary<string, List<Finding>>(), new Dictionary<string, string>());

        private readonly Dictionary<string, LspLineIndex> _indexes = new(StringComparer.Ordinal);

        public CorpusSnapshot(Generation? generation, Dictionary<string, string> basis, Dictionary<string, List<Finding>> findings, Dictionary<string, string> texts)
        {
            Generation = generation;
            Basis = basis;
            Findings = findings;
            Texts = texts;
        }

        public Generation? Generation { get; }
        public Dictionary<string, string> Basis { get; }
        public Dictionary<string, List<Finding>> Findings { get; }
        public Dictionary<string, string> Texts { get; }

        public LspLineIndex GetIndex(string path, string text)
        {
            lock (_indexes)
            {
                if (!_indexes.TryGetValue(path, out var index)) _indexes[path] = index = new LspLineIndex(text);
                return index;
            }
        }
    }
}
