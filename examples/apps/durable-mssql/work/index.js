'use strict';

module.exports = async function (context, input) {
  return { done: true, input };
};
