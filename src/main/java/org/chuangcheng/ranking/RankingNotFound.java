package org.chuangcheng.ranking;

import org.chuangcheng.shared.NotFoundException;

/** No such edition of a month's ranking. */
public class RankingNotFound extends NotFoundException {

    public RankingNotFound(Object id) {
        super("ranking", id);
    }
}
