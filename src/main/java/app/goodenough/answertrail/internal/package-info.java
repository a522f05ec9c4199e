@NullMarked
package app.goodenough.answertrail.internal;

import org.jspecify.annotations.NullMarked;
