@NullMarked
package app.goodenough.answertrail;

import org.jspecify.annotations.NullMarked;
