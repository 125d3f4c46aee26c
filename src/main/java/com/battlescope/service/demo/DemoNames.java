package com.battlescope.service.demo;

import java.util.ArrayList;
import java.util.List;

/** Model names and tradable symbols of demo battles. */
final class DemoNames {
    static final List<String> MODELS = List.of("gpt-4o", "claude-sonnet-3.5", "gemini-1.5-pro", "llama-3.1-70b",
            "deepseek-v3", "mistral-large", "qwen-2.5-72b", "grok-2", "o1-mini", "claude-haiku-3.5", "gpt-4o-mini",
            "command-r-plus");

    /** A ticker with the company name used in headlines, a typical price and its annual volatility. */
    record SymbolInfo(String ticker, String company, double price, double annualVol) {
    }

    static final List<SymbolInfo> SYMBOLS = List.of(
            new SymbolInfo("AAPL", "Apple", 230, 0.25), new SymbolInfo("MSFT", "Microsoft", 420, 0.22),
            new SymbolInfo("NVDA", "Nvidia", 135, 0.50), new SymbolInfo("TSLA", "Tesla", 250, 0.60),
            new SymbolInfo("AMZN", "Amazon", 200, 0.30), new SymbolInfo("GOOGL", "Alphabet", 175, 0.28),
            new SymbolInfo("META", "Meta", 580, 0.35), new SymbolInfo("SPY", "the S&P 500", 590, 0.15),
            new SymbolInfo("AMD", "AMD", 140, 0.50), new SymbolInfo("NFLX", "Netflix", 880, 0.35),
            new SymbolInfo("JPM", "JPMorgan", 240, 0.20), new SymbolInfo("XOM", "Exxon", 110, 0.22),
            new SymbolInfo("COIN", "Coinbase", 260, 0.75), new SymbolInfo("PLTR", "Palantir", 70, 0.70),
            new SymbolInfo("UBER", "Uber", 70, 0.40), new SymbolInfo("DIS", "Disney", 110, 0.25),
            new SymbolInfo("BA", "Boeing", 170, 0.35), new SymbolInfo("INTC", "Intel", 22, 0.45),
            new SymbolInfo("KO", "Coca-Cola", 63, 0.15), new SymbolInfo("QQQ", "the Nasdaq 100", 510, 0.20));

    private DemoNames() {
    }

    /** The first n model names; past the known list, model-13, model-14, ... */
    static List<String> models(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(i < MODELS.size() ? MODELS.get(i) : "model-" + (i + 1));
        }
        return names;
    }

    /** The position of a model name in the demo's list (model-k is k - 1), or -1 for a foreign name. */
    static int modelIndex(String name) {
        int i = MODELS.indexOf(name);
        if (i >= 0) {
            return i;
        }
        if (name.startsWith("model-")) {
            try {
                return Integer.parseInt(name.substring(6)) - 1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    static SymbolInfo symbol(String ticker) {
        return SYMBOLS.stream().filter(s -> s.ticker().equals(ticker)).findFirst()
                .orElse(new SymbolInfo(ticker, ticker, 100, 0.3));
    }
}
