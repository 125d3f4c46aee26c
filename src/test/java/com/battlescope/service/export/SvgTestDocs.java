package com.battlescope.service.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses exported SVG as XML and finds elements in it, for tests. */
final class SvgTestDocs {
    private SvgTestDocs() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
    }

    static List<Element> all(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static Element group(Document doc, String cls) {
        return all(doc.getDocumentElement(), "g").stream().filter(g -> cls.equals(g.getAttribute("class")))
                .findFirst().orElseThrow(() -> new AssertionError("no <g class=\"" + cls + "\">"));
    }

    static List<String> texts(Element root) {
        return all(root, "text").stream().map(Element::getTextContent).toList();
    }

    /** The points of a path's d attribute as x,y pairs, with NaN pairs where a new subpath starts. */
    static List<double[]> points(String d) {
        List<double[]> pts = new ArrayList<>();
        for (String part : d.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("M")) {
                if (!pts.isEmpty()) {
                    pts.add(new double[] {Double.NaN, Double.NaN});
                }
                part = part.substring(1);
            }
            String[] xy = part.split(",");
            pts.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return pts;
    }
}
