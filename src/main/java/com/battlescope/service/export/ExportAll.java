package com.battlescope.service.export;

import com.battlescope.model.ChartData;
import com.battlescope.service.UserMessages;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewId;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.service.view.ViewSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * "Export all": every view of the current selection as PNG, SVG and CSV in one folder, plus an {@code index.html}
 * that shows the images and links the files: a report an analyst can zip and mail. A view that cannot be loaded is
 * listed on the page with the reason and the others are still written.
 */
public final class ExportAll {
    /** The views of {@code export --view}, in report order. */
    public static final List<ViewId> VIEWS = List.of(ViewId.LEADERBOARD, ViewId.VERDICT, ViewId.EQUITY, ViewId.DRAWDOWN,
            ViewId.RANK_HISTORY, ViewId.COMPARISON, ViewId.TRADES, ViewId.SUMMARIES, ViewId.QUALITY);

    /** Progress for a progress bar: {@code done} of {@code total} files, and what is being written now. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, step) -> { };

        void update(int done, int total, String step);
    }

    /** The files written (index.html last) and one line per view that could not be exported. */
    public record Result(List<Path> files, List<String> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private final ViewSource source;
    private final PngRenderer png;
    private final Clock clock;

    /** {@code png} may be null: the report then has SVG and CSV only and the page shows the SVGs. */
    public ExportAll(ViewSource source, PngRenderer png) {
        this(source, png, Clock.systemDefaultZone());
    }

    public ExportAll(ViewSource source, PngRenderer png, Clock clock) {
        this.source = source;
        this.png = png;
        this.clock = clock;
    }

    public Result write(Battle battle, ViewQuery query, Path dir) {
        return write(battle, query, VIEWS, dir, 1600, 1000, Progress.NONE);
    }

    public Result write(Battle battle, ViewQuery query, List<ViewId> views, Path dir, int width, int height,
                        Progress progress) {
        return write(battle, query, Map.of(), views, dir, width, height, progress);
    }

    /** @param perView a view's own query (the comparison's symbol, the leaderboard's timeframe); else {@code query} */
    public Result write(Battle battle, ViewQuery query, Map<ViewId, ViewQuery> perView, List<ViewId> views, Path dir,
                        int width, int height, Progress progress) {
        List<ExportFormat> formats = png == null ? List.of(ExportFormat.SVG, ExportFormat.CSV)
                : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.CSV);
        ViewExporter exporter = new ViewExporter(png);
        int total = views.size() * formats.size() + 1;
        int done = 0;
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (ViewId view : views) {
            progress.update(done, total, view.title());
            ViewContent content;
            try {
                content = source.load(battle, view, perView.getOrDefault(view, query));
            } catch (RuntimeException e) {
                problems.add(view.title() + ": not exported: " + UserMessages.of(e));
                done += formats.size();
                continue;
            }
            List<Path> written = new ArrayList<>();
            for (ExportFormat format : formats) {
                Path file = dir.resolve(view.id() + "." + format.extension());
                progress.update(done, total, file.getFileName().toString());
                written.add(exporter.write(content, file, width, height));
                done++;
            }
            files.addAll(written);
            sections.add(new Section(view.id(), content, written));
            for (ChartData more : content.moreCharts()) {
                ViewContent c = ViewContent.ofChart(view, more);
                List<Path> its = new ArrayList<>();
                for (ExportFormat format : formats) {
                    its.add(exporter.write(c, dir.resolve(more.id() + "." + format.extension()), width, height));
                }
                files.addAll(its);
                sections.add(new Section(more.id(), c, its));
            }
        }
        progress.update(done, total, "index.html");
        String html = indexHtml(battle, query, sections, problems, width);
        files.add(ExportFiles.write(dir.resolve("index.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8))));
        progress.update(total, total, "done");
        return new Result(files, problems);
    }

    /** @param key the files' base name and the page anchor */
    private record Section(String key, ViewContent content, List<Path> files) {
    }

    private String indexHtml(Battle battle, ViewQuery query, List<Section> sections, List<String> problems, int width) {
        String folder = battle == null ? "" : battle.path().toAbsolutePath().toString();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>BattleScope report: ").append(html(name(battle))).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:24px auto;")
                .append("max-width:").append(Math.max(800, width)).append("px;padding:0 16px;color:#222}\n")
                .append("img{max-width:100%;height:auto;border:1px solid #ddd}\n")
                .append(".meta{color:#555}.files a{margin-right:12px}.problems{color:#a00}\n")
                .append("section{margin:32px 0}\n</style>\n</head>\n<body>\n");
        h.append("<h1>BattleScope report: ").append(html(name(battle))).append("</h1>\n");
        h.append("<p class=\"meta\">Battle folder: <code>").append(html(folder)).append("</code><br>\n")
                .append("Models: ").append(html(query.models().isEmpty() ? "all" : String.join(", ", query.models())))
                .append("<br>\nTime range: ").append(html(range(query))).append("<br>\n")
                .append("Leaderboard timeframe: ").append(html(query.timeframe().text()));
        if (query.symbol() != null) {
            h.append("<br>\nSymbol: ").append(html(query.symbol()));
        }
        h.append("<br>\nExported: ")
                .append(LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
                .append("</p>\n");
        h.append("<nav><ul>\n");
        for (Section s : sections) {
            h.append("<li><a href=\"#").append(s.key()).append("\">").append(html(s.content().title()))
                    .append("</a></li>\n");
        }
        h.append("</ul></nav>\n");
        if (!problems.isEmpty()) {
            h.append("<ul class=\"problems\">\n");
            problems.forEach(p -> h.append("<li>").append(html(p)).append("</li>\n"));
            h.append("</ul>\n");
        }
        for (Section s : sections) {
            String image = s.files().stream().map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".png")).findFirst()
                    .orElse(s.key() + ".svg");
            h.append("<section id=\"").append(s.key()).append("\">\n<h2>").append(html(s.content().title()))
                    .append("</h2>\n<a href=\"").append(html(image)).append("\"><img src=\"").append(html(image))
                    .append("\" alt=\"").append(html(s.content().title())).append("\"></a>\n<p class=\"files\">");
            for (Path f : s.files()) {
                String n = f.getFileName().toString();
                h.append("<a href=\"").append(html(n)).append("\">").append(html(n)).append("</a>");
            }
            h.append(String.format(Locale.ROOT, " %,d rows of data", s.content().table().rows().size()))
                    .append("</p>\n</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String name(Battle battle) {
        if (battle == null || battle.path().getFileName() == null) {
            return "battle";
        }
        return battle.path().toAbsolutePath().getFileName().toString();
    }

    private static String range(ViewQuery q) {
        String from = q.range().from() == null ? null : q.range().from().text();
        String to = q.range().to() == null ? null : q.range().to().text();
        if (from == null && to == null) {
            return "all";
        }
        return (from == null ? "start" : from) + " to " + (to == null ? "end" : to);
    }

    private static String html(String s) {
        return SvgDoc.escape(s).replace("'", "&#39;");
    }
}
