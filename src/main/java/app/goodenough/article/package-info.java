@NullMarked
package app.goodenough.article;

import org.jspecify.annotations.NullMarked;
