package com.battlescope.data;

import com.battlescope.model.Trade;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** {@code trade_log}. */
public interface TradeMapper {
    long countTrades();

    /** Whether trade_log has a row (without counting them). */
    boolean anyTrade();

    /** All trades (optionally of one model), ordered by exit time. */
    List<Trade> getTrades(@Param("modelId") String modelId, @Param("from") String from, @Param("to") String to);

    Long getMaxId();

    List<Trade> getTradesAfterId(@Param("afterId") long afterId);

    int insertTrade(Trade trade);

    /** Per-model totals of the trades closed in the range (inclusive text bounds); one model when given. */
    List<ModelTradeTotals> getTradeTotals(@Param("modelId") String modelId, @Param("from") String from,
                                          @Param("to") String to);
}
