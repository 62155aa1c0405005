package org.annals.reader.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.annals.event.EventDetails;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineSummary;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The picture a link preview shows (og:image, 1200 × 630): the timeline's title, and for an event its headline, its
 * honest date and its place — drawn here, so a shared link shows what it is about, not a blank box. Each card is drawn
 * once per published version and kept (at most 32 MB of cards); only public, published content is ever drawn.
 */
@RestController
class PreviewCards {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color ACCENT = new Color(0xb3, 0x26, 0x1e);

    private final PublishedEventQuery published;
    private final Cache<String, byte[]> cards = Caffeine.newBuilder().maximumWeight(32L << 20)
            .weigher((String key, byte[] png) -> png.length).build();

    PreviewCards(PublishedEventQuery published) {
        this.published = published;
    }

    @GetMapping(path = "/previews/{slug}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> timeline(@PathVariable String slug) {
        TimelineSummary timeline;
        try {
            timeline = published.timeline(slug);
        } catch (NotFoundException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String description = timeline.description() == null ? "" : timeline.description();
        return png(cards.get("t:" + slug + ":" + timeline.title() + ":" + description,
                key -> draw("Annals", timeline.title(), description, "")));
    }

    @GetMapping(path = "/previews/{slug}/{eventSlug}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> event(@PathVariable String slug, @PathVariable String eventSlug) {
        EventDetails event;
        String timelineTitle;
        try {
            event = published.event(slug, eventSlug);
            timelineTitle = published.timeline(slug).title();
        } catch (RuntimeException e) {
            // missing, moved or retracted: no card (the page itself says what happened)
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        var content = event.content();
        EventDetails shown = event;
        return png(cards.get("e:" + event.id().value() + ":" + event.updatedAt(), key -> draw("Annals · " + timelineTitle,
                content.headline(), shown.dateLabel(Locale.ENGLISH),
                content.place().name() == null ? "" : content.place().name())));
    }

    private static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(png);
    }

    /** A card: the site and timeline at the top, the title large (up to four lines), then the date and the place. */
    static byte[] draw(String top, String title, String line, String place) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 16, HEIGHT);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString(clip(g, top, WIDTH - 140), 70, 80);
            g.setStroke(new BasicStroke(2));
            g.drawLine(70, 105, WIDTH - 70, 105);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 58));
            int y = 190;
            for (String row : wrap(g, title, WIDTH - 140, 4)) {
                g.drawString(row, 70, y);
                y += 72;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
            g.setColor(new Color(0x44, 0x44, 0x44));
            for (String row : wrap(g, line, WIDTH - 140, 2)) {
                g.drawString(row, 70, Math.max(y + 20, 480));
                y += 44;
            }
            if (!place.isBlank()) {
                g.drawString(clip(g, place, WIDTH - 140), 70, 570);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Words in rows that fit the width, at most {@code rows}; the last one ends in "…" when text is left over. */
    static List<String> wrap(Graphics2D g, String text, int width, int rows) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = row.isEmpty() ? word : row + " " + word;
            if (row.isEmpty() || metrics.stringWidth(tried) <= width) {
                row.setLength(0);
                row.append(tried);
            } else {
                lines.add(row.toString());
                row.setLength(0);
                row.append(word);
            }
        }
        if (!row.isEmpty()) {
            lines.add(row.toString());
        }
        if (lines.size() <= rows) {
            return lines.stream().map(l -> clip(g, l, width)).toList();
        }
        List<String> kept = new ArrayList<>(lines.subList(0, rows));
        kept.set(rows - 1, clip(g, kept.getLast() + " …", width));
        return kept.stream().map(l -> clip(g, l, width)).toList();
    }

    private static String clip(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
